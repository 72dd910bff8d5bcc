// Writes the body map of a program whose quadriceps get more sets than its
// hamstrings (leg extension 8x12, lying leg curl 2x12) to the file given, and
// prints, one line each, "<id> <x> <y> <sets>" for the shapes the render test
// compares (bodymap_render.py: it renders the SVG with headless Chromium and
// checks that the shape with more sets is darker at its centre).
#include <cstdio>
#include <string>

#include <sinew/sinew.hpp>

int main(int argc, char** argv) {
  using namespace sinew;
  if (argc != 2) {
    std::fputs("usage: programs_bodymap_render OUT.svg\n", stderr);
    return 2;
  }
  program_builder b{"render test"};
  b.add(leg_extension, straight_sets(8, 12)).add(lying_leg_curl, straight_sets(2, 12));
  const auto p = b.build();
  if (!p) return 1;
  const auto a = analyse(*p);
  std::string svg;
  write_bodymap(a, [&](text_view t) { svg.append(t.data(), t.size()); }, p->name);
  std::FILE* out = std::fopen(argv[1], "wb");
  if (out == nullptr || std::fwrite(svg.data(), 1, svg.size(), out) != svg.size() || std::fclose(out) != 0) return 1;
  for (const char* id : {"vastus_lateralis", "biceps_femoris_long_head", "rectus_femoris", "semitendinosus"}) {
    const auto* s = bodymap_shape_of(id);
    const auto m = lower_body_model::find_muscle(id);
    if (s == nullptr || !m) return 1;
    const auto c = centre_of(*s);
    std::printf("%s %d %d %g\n", id, c.x, c.y, a.of(*m).sets);
  }
  std::printf("canvas %d %d 0\n", bodymap_layout::width, bodymap_layout::height);
  return 0;
}

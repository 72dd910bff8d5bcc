// The body map: an SVG of the front and back of the legs, each modelled muscle
// (or its group, where a muscle is too small to draw apart) shaded by its weekly
// sets from an analysis, darker for more, with a legend giving the scale and
// each figure. The figure is sinew's own: ellipses placed by hand on a plain
// outline of two legs (no outside art). Written piece by piece to a sink (any
// callable taking a text_view): no allocation.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/array.hpp>
#include <sinew/detail/traits.hpp>
#include <sinew/programs/analysis.hpp>
#include <sinew/span.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

/// One drawn shape: a muscle's or a group's id in the model, the view it is
/// drawn in, and an ellipse per leg given for the leg on the viewer's left
/// (x from the leg's centre line, positive outwards), mirrored for the other.
struct bodymap_shape {
  text_view id{};
  bool group = false;  ///< `id` names a group (its sets shade the shape)
  bool back = false;   ///< drawn on the back view
  std::int16_t dx = 0;
  std::int16_t cy = 0;
  std::int16_t rx = 0;
  std::int16_t ry = 0;
  bool centre = false;  ///< one shape on the body's centre line (lower back), not one per leg
};

// clang-format off
/// The shapes of the built-in lower body; a model without an id skips it.
inline constexpr bodymap_shape bodymap_shapes[] = {
    // front
    {"hip_flexors",                true,  false, -6,  92, 11, 14},
    {"tensor_fasciae_latae",       false, false, 25,  98,  7, 14},
    {"rectus_femoris",             false, false,  0, 160, 10, 44},
    {"vastus_lateralis",           false, false, 23, 168, 10, 44},
    {"vastus_medialis",            false, false,-17, 218,  9, 17},
    {"adductors",                  true,  false,-24, 140,  8, 34},
    {"shin",                       true,  false,  4, 330,  7, 44},
    {"peroneals",                  true,  false, 18, 335,  5, 32},
    // back
    {"lower_back",                 true,  true,   0,  45, 22, 16, true},
    {"gluteus_medius",             false, true,  16,  82, 16, 11},
    {"gluteus_maximus",            false, true,   2, 118, 26, 22},
    {"biceps_femoris_long_head",   false, true,  17, 180,  9, 42},
    {"semitendinosus",             false, true,  -3, 178,  8, 40},
    {"semimembranosus",            false, true, -20, 195,  7, 30},
    {"gastrocnemius_lateral_head", false, true,  11, 292,  9, 30},
    {"gastrocnemius_medial_head",  false, true, -10, 292, 10, 32},
    {"soleus",                     false, true,   0, 350, 15, 18},
};
// clang-format on

/// The picture's layout, in SVG user units (= CSS pixels at the natural size).
struct bodymap_layout {
  static constexpr int width = 520;
  static constexpr int height = 640;
  static constexpr int front_x = 130;  ///< the centre line of the front view
  static constexpr int back_x = 390;   ///< and of the back view
  static constexpr int leg_offset = 44;  ///< each leg's centre line from the body's
  static constexpr int top = 30;         ///< figures are drawn from here down
};

/// Where a shape's centre is drawn (the leg on the viewer's left), for tests and tools.
struct bodymap_point {
  int x = 0;
  int y = 0;
};
[[nodiscard]] constexpr bodymap_point centre_of(const bodymap_shape& s) noexcept {
  const int body = s.back ? bodymap_layout::back_x : bodymap_layout::front_x;
  const int leg = s.centre ? body : body - bodymap_layout::leg_offset;
  // On the left leg, "outwards" is to the viewer's left.
  return {s.centre ? body : leg - s.dx, bodymap_layout::top + s.cy};
}
/// The shape drawn for a muscle or group id, or nullptr.
[[nodiscard]] constexpr const bodymap_shape* bodymap_shape_of(text_view id) noexcept {
  for (const auto& s : bodymap_shapes)
    if (s.id == id) return &s;
  return nullptr;
}

/// The fill for `sets` on a scale whose top is `top`: from a pale (0 sets) to a
/// dark red (the top), each channel linear, so more sets is never lighter.
struct bodymap_colour {
  std::uint8_t r = 0, g = 0, b = 0;
};
[[nodiscard]] constexpr bodymap_colour shade_of(double sets, double top) noexcept {
  double t = top > 0.0 ? sets / top : 0.0;
  if (!(t >= 0.0)) t = 0.0;
  if (t > 1.0) t = 1.0;
  const auto mix = [t](int pale, int dark) {
    return static_cast<std::uint8_t>(static_cast<double>(pale) + (static_cast<double>(dark) - pale) * t + 0.5);
  };
  return {mix(244, 110), mix(238, 8), mix(232, 16)};
}

namespace detail {

template <class Sink>
struct svg_out {
  Sink& sink;
  constexpr svg_out& operator<<(text_view t) {
    sink(t);
    return *this;
  }
  constexpr svg_out& operator<<(const char* t) { return *this << text_view{t}; }
  constexpr svg_out& operator<<(char c) { return *this << text_view{&c, 1}; }
  constexpr svg_out& operator<<(int n) {
    char digits[12]{};
    std::size_t k = 0;
    const bool negative = n < 0;
    auto v = static_cast<unsigned>(negative ? -static_cast<long long>(n) : n);
    do {
      digits[k++] = static_cast<char>('0' + v % 10U);
      v /= 10U;
    } while (v != 0);
    char out[13]{};
    std::size_t at = 0;
    if (negative) out[at++] = '-';
    while (k != 0) out[at++] = digits[--k];
    sink(text_view{out, at});
    return *this;
  }
  /// One decimal, left out when 0.
  constexpr svg_out& figure(double v) {
    finding scratch{};
    scratch.say_figure(v);
    sink(scratch.message());
    return *this;
  }
  constexpr svg_out& hex(std::uint8_t v) {
    constexpr char digits[] = "0123456789abcdef";
    const char out[2] = {digits[v >> 4U], digits[v & 15U]};
    sink(text_view{out, 2});
    return *this;
  }
  constexpr svg_out& colour(bodymap_colour c) {
    *this << "#";
    return hex(c.r).hex(c.g).hex(c.b);
  }
  /// Text content or an attribute value, with XML's five special characters escaped.
  constexpr svg_out& escaped(text_view t) {
    std::size_t from = 0;
    for (std::size_t i = 0; i != t.size(); ++i) {
      const char c = t[i];
      const char* entity = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;" : c == '\'' ? "&apos;" : nullptr;
      if (entity == nullptr) continue;
      sink(t.substr(from, i - from));
      sink(text_view{entity});
      from = i + 1;
    }
    sink(t.substr(from));
    return *this;
  }
};

/// The sets shading a shape in model `Model`; false when the model lacks its id.
template <class Model, program_limits L>
constexpr bool sets_of_shape(const program_analysis<Model, L>& a, const bodymap_shape& s, double& sets,
                             text_view& name) noexcept {
  if (s.group) {
    const auto g = Model::find_group(s.id);
    if (!g) return false;
    sets = a.groups[g->index].sets;
    name = Model::info(*g).name;
  } else {
    const auto m = Model::find_muscle(s.id);
    if (!m) return false;
    sets = a.muscles[m->index].sets;
    name = Model::info(*m).name;
  }
  return true;
}

template <class Sink>
constexpr void leg_outline(svg_out<Sink>& o, int body) {
  // Two legs from the hips to the ankles: a plain outline, no anatomy drawn.
  for (int side = -1; side <= 1; side += 2) {
    const int c = body + side * bodymap_layout::leg_offset;
    const int t = bodymap_layout::top;
    o << "<path d=\"M" << c - side * 40 << ' ' << t + 70 << " L" << c + side * 4 << ' ' << t + 70;
    o << " L" << c + side * 36 << ' ' << t + 70 << " L" << c + side * 34 << ' ' << t + 250 << " L" << c + side * 24 << ' '
      << t + 400 << " L" << c - side * 18 << ' ' << t + 400 << " L" << c - side * 30 << ' ' << t + 250 << " Z\"";
    o << " fill=\"#fbfaf8\" stroke=\"#555555\" stroke-width=\"1.5\"/>\n";
  }
  o << "<rect x=\"" << body - 88 << "\" y=\"" << bodymap_layout::top + 10 << "\" width=\"176\" height=\"62\" rx=\"20\""
    << " fill=\"#fbfaf8\" stroke=\"#555555\" stroke-width=\"1.5\"/>\n";
}

}  // namespace detail

/// Writes the body map of `a` to `sink` (called with text_view pieces).
/// `title` is written escaped (a program's name).
template <class Model, program_limits L, class Sink>
constexpr void write_bodymap(const program_analysis<Model, L>& a, Sink&& sink, text_view title = {}) {
  detail::svg_out<detail::remove_reference_t<Sink>> o{sink};
  double top = 0.0;
  for (const auto& s : bodymap_shapes) {
    double sets = 0.0;
    text_view name{};
    if (detail::sets_of_shape(a, s, sets, name) && sets > top) top = sets;
  }
  o << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << bodymap_layout::width << "\" height=\""
    << bodymap_layout::height << "\" viewBox=\"0 0 " << bodymap_layout::width << ' ' << bodymap_layout::height
    << "\" font-family=\"sans-serif\">\n";
  o << "<title>";
  o.escaped(title.empty() ? text_view{"Weekly sets per muscle"} : title);
  o << "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  o << "<text x=\"" << bodymap_layout::front_x << "\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">front</text>\n";
  o << "<text x=\"" << bodymap_layout::back_x << "\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">back</text>\n";
  detail::leg_outline(o, bodymap_layout::front_x);
  detail::leg_outline(o, bodymap_layout::back_x);
  for (const auto& s : bodymap_shapes) {
    double sets = 0.0;
    text_view name{};
    if (!detail::sets_of_shape(a, s, sets, name)) continue;
    const bodymap_point p = centre_of(s);
    const int body = s.back ? bodymap_layout::back_x : bodymap_layout::front_x;
    const int mirrored = 2 * body - p.x;
    for (int copy = 0; copy != (s.centre ? 1 : 2); ++copy) {
      o << "<ellipse cx=\"" << (copy == 0 ? p.x : mirrored) << "\" cy=\"" << p.y << "\" rx=\"" << int{s.rx} << "\" ry=\""
        << int{s.ry} << "\" fill=\"";
      o.colour(shade_of(sets, top));
      o << "\" stroke=\"#333333\" stroke-width=\"0.8\" data-id=\"" << s.id << "\"><title>";
      o.escaped(name);
      o << ": ";
      o.figure(sets);
      o << " sets a week</title></ellipse>\n";
    }
  }
  // Legend: the scale in five steps, then each shape's figure.
  const int legend_y = bodymap_layout::top + 430;
  o << "<text x=\"20\" y=\"" << legend_y << "\" font-size=\"12\">weekly sets (fractional)</text>\n";
  for (int i = 0; i != 5; ++i) {
    const double v = top * i / 4.0;
    o << "<rect x=\"" << 180 + i * 60 << "\" y=\"" << legend_y - 12 << "\" width=\"18\" height=\"14\" fill=\"";
    o.colour(shade_of(v, top));
    o << "\" stroke=\"#333333\" stroke-width=\"0.5\"/><text x=\"" << 202 + i * 60 << "\" y=\"" << legend_y
      << "\" font-size=\"11\">";
    o.figure(v);
    o << "</text>\n";
  }
  int row = 0;
  for (const auto& s : bodymap_shapes) {
    double sets = 0.0;
    text_view name{};
    if (!detail::sets_of_shape(a, s, sets, name)) continue;
    const int x = 20 + (row % 2) * 250;
    const int y = legend_y + 22 + (row / 2) * 15;
    o << "<text x=\"" << x << "\" y=\"" << y << "\" font-size=\"11\">";
    o.escaped(name);
    o << ": ";
    o.figure(sets);
    o << "</text>\n";
    ++row;
  }
  o << "</svg>\n";
}

}  // namespace sinew

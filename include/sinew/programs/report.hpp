// The analysis as text for a coach (what `sinew check` prints): the findings
// grouped by severity (errors, then warnings, then info), then the weekly
// volume per group and per muscle (fractional sets, all and direct), then each
// session's minutes and sets. Written piece by piece to a sink (any callable
// taking a text_view): no allocation.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/programs/analysis.hpp>
#include <sinew/programs/bodymap.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

namespace detail {
template <class Sink>
constexpr void padded(svg_out<Sink>& o, text_view t, std::size_t width) {
  o << t;
  for (std::size_t i = t.size(); i < width; ++i) o << ' ';
}
}  // namespace detail

/// Writes the report of `a` to `sink`. Muscles and groups with no sets are left
/// out of the tables (the findings name the untrained groups).
template <class Model, program_limits L, class Sink>
constexpr void write_report(const program_analysis<Model, L>& a, Sink&& sink) {
  detail::svg_out<detail::remove_reference_t<Sink>> o{sink};
  constexpr text_view headings[severity_count] = {"errors", "warnings", "info"};
  for (std::size_t s = 0; s != severity_count; ++s) {
    const auto level = static_cast<severity>(s);
    o << headings[s] << " (" << static_cast<int>(a.findings.count_of(level)) << ")\n";
    for (const auto& f : a.findings) {
      if (f.severity != level) continue;
      o << "  " << name_of(f.kind) << ": " << f.message() << '\n';
    }
  }
  if (a.findings.omitted != 0) o << "  (" << static_cast<int>(a.findings.omitted) << " more findings not kept)\n";
  o << "\nweekly sets per group (all, direct)\n";
  for (std::size_t g = 0; g != Model::group_count; ++g) {
    if (a.groups[g].sets == 0.0 && a.groups[g].direct_sets == 0.0) continue;
    o << "  ";
    detail::padded(o, Model::info(group_id{static_cast<std::uint8_t>(g)}).name, 32);
    o.figure(a.groups[g].sets);
    o << "  ";
    o.figure(a.groups[g].direct_sets);
    o << '\n';
  }
  o << "\nweekly sets per muscle (all, direct)\n";
  for (std::size_t m = 0; m != Model::muscle_count; ++m) {
    if (a.muscles[m].sets == 0.0 && a.muscles[m].direct_sets == 0.0) continue;
    o << "  ";
    detail::padded(o, Model::info(muscle_id{static_cast<std::uint16_t>(m)}).name, 32);
    o.figure(a.muscles[m].sets);
    o << "  ";
    o.figure(a.muscles[m].direct_sets);
    o << '\n';
  }
  o << "\nsessions\n";
  for (const auto& s : a.session_figures()) {
    o << "  week " << int{s.week} << " day " << int{s.day} << ": ";
    if (s.seconds.known) o << "about " << static_cast<int>(s.minutes()) << " min, ";
    else o << "length not estimated (as many reps as possible), ";
    o << static_cast<int>(s.sets) << " sets\n";
  }
}

}  // namespace sinew

// One row per scheme kind (schemes/kinds.hpp): the parser, the formatter,
// name_of and JSON read the same row. For a sample of every kind, the formatter
// writes the row's words, the parser reads them back to the same kind, and
// name_of gives the row's name; a kind added without a sample fails the count
// (building this file is the test).
#include <sinew/notation.hpp>

namespace {
using namespace sinew;

constexpr set_scheme samples[] = {
    straight_sets(3, 15),           pyramid({15, 12, 10}),   reverse_pyramid({8, 10, 12}),
    double_pyramid({12, 8, 12}),    warm_up_ramp({10, 8, 5}), strip_sets(5),
    rest_pause(1, {8, 3, 3}),       cluster(1, {2, 2, 2}),
    every(minutes(2), minutes(20), quantity::reps(5)),
};
static_assert(sizeof(samples) / sizeof(samples[0]) == scheme_kinds().size(), "one sample per scheme kind");

constexpr bool every_kind_reads_its_row() {
  for (std::size_t i = 0; i != scheme_kinds().size(); ++i) {
    const scheme_kind_row& row = scheme_kinds()[i];
    if (static_cast<std::size_t>(row.kind) != i || name_of(row.kind) != row.name) return false;
    const set_scheme* sample = nullptr;
    for (const auto& s : samples)
      if (s.kind == row.kind) sample = &s;
    if (sample == nullptr) return false;
    const scheme_text written = format(*sample);
    if (!written.view().starts_with(row.written) && row.layout != scheme_layout::mini_sets) return false;
    if (row.layout == scheme_layout::mini_sets && written.view().find(row.written) == text_view::npos) return false;
    const auto back = parse_scheme(written.view());
    if (!back || !(*back == *sample)) return false;
  }
  return true;
}
static_assert(every_kind_reads_its_row());

// A listed kind of two words needs both: "reverse 8,10" is not a reverse pyramid.
static_assert(!parse_scheme("reverse 8,10,12").has_value());
static_assert(parse_scheme("reverse  pyramid 8,10,12")->kind == scheme_kind::reverse_pyramid);
// A set count goes only before a kind of mini-sets.
static_assert(parse_scheme("3x cluster 2+2+2")->sets == 3);
static_assert(!parse_scheme("3x pyramid 15,12,10").has_value());
}  // namespace

// Set schemes at run time: validate() gives the rule's sentence as the error,
// the compound-set muscle check works with any caller-supplied mapping, and
// the figures follow the documented defaults.
#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <string_view>

#include <sinew/detail/id_set.hpp>
#include <sinew/schemes.hpp>

using namespace sinew;

namespace {
// A stand-in for the exercises layer: a muscle id and the muscles each exercise targets.
struct fake_muscle {
  std::uint16_t index;
};
using fake_muscles = detail::id_set<fake_muscle, 64>;
constexpr fake_muscle quads{0}, glutes{1}, hamstrings{2}, calves{3};

fake_muscles targets_of(std::string_view exercise) {
  if (exercise == "leg extension") return {quads};
  if (exercise == "bodyweight deep squat") return {quads, glutes};
  if (exercise == "lying hamstring curl") return {hamstrings};
  if (exercise == "seated calf raise") return {calves};
  return {};
}
}  // namespace

TEST_CASE("validate returns the value or the rule's sentence") {
  const auto ok = validate(straight_sets(4, quantity::reps(8, 12)));
  REQUIRE(ok);
  CHECK(ok->sets == 4);

  struct bad {
    set_scheme scheme;
    rule broken;
  };
  const std::array bads{
      bad{straight_sets(0, 10), rule::zero_sets},
      bad{straight_sets(100, 10), rule::too_many_sets},
      bad{straight_sets(3, quantity::reps(12, 8)), rule::rep_range_inverted},
      bad{pyramid({15, 12, 12}), rule::pyramid_not_down},
      bad{drop_set(straight_sets(4, 8), 2, 10), rule::drop_load_rises},
      bad{drop_set(straight_sets(4, 8), 2, -100), rule::drop_percent_too_large},
      bad{straight_sets(3, 10).with(tempo::of(tempo::explosive, 0, 1)), rule::tempo_explosive_out_of_place},
      bad{straight_sets(3, 10).with(hold{0, hold_position::bottom}), rule::hold_zero},
      bad{straight_sets(3, 10).with(pause{3, 0, hold_position::bottom}), rule::pause_every_zero},
      bad{straight_sets(3, 10).at(load::reps_in_reserve(11)), rule::rir_out_of_range},
      bad{straight_sets(3, quantity::amap().with_side(rep_count::steps)), rule::steps_need_reps},
      bad{straight_sets(3, 10000), rule::number_too_large},
      bad{cluster(1, {2, 2}).plus_drops(1), rule::drops_only_on_straight_sets},
  };
  for (const auto& b : bads) {
    CAPTURE(rule_text(b.broken));
    CHECK_FALSE(is_valid(b.scheme));
    const auto r = validate(b.scheme);
    REQUIRE_FALSE(r);
    CHECK(r.error().message == rule_text(b.broken));
    CHECK(r.error().message.substr(0, 7) == "sinew: ");
    CHECK_FALSE(r.error().has_position());
  }
}

TEST_CASE("every rule has its own sentence starting with sinew:") {
  for (auto r = static_cast<unsigned>(rule::zero_sets); r <= static_cast<unsigned>(rule::number_too_large); ++r) {
    const auto text = rule_text(static_cast<rule>(r));
    CAPTURE(text);
    CHECK(text.substr(0, 7) == "sinew: ");
    for (auto o = static_cast<unsigned>(rule::zero_sets); o < r; ++o) CHECK(rule_text(static_cast<rule>(o)) != text);
  }
}

TEST_CASE("a compound set's exercises must share a target muscle (caller-supplied muscles)") {
  const auto quads_pair = compound_set({grouping_entry{"leg extension", straight_sets(3, 20)},
                                        grouping_entry{"bodyweight deep squat", straight_sets(3, 25)}});
  const auto ok = check_compound_set(quads_pair, targets_of);
  REQUIRE(ok);
  CHECK(ok->entries[0].exercise == "leg extension");

  const auto mixed = compound_set({grouping_entry{"leg extension", straight_sets(3, 20)},
                                   grouping_entry{"lying hamstring curl", straight_sets(3, 8)}});
  const auto bad = check_compound_set(mixed, targets_of);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message == rule_text(rule::compound_set_no_shared_muscle));

  // The structural rules come first.
  const auto three = compound_set({grouping_entry{"leg extension", straight_sets(3, 20)},
                                   grouping_entry{"bodyweight deep squat", straight_sets(3, 25)},
                                   grouping_entry{"seated calf raise", straight_sets(3, 25)}});
  CHECK(check_compound_set(three, targets_of).error().message == rule_text(rule::compound_set_size));
  // A lambda works as the mapping too.
  const auto all_quads = [](std::string_view) { return fake_muscles{quads}; };
  CHECK(check_compound_set(mixed, all_quads).has_value());
}

TEST_CASE("grouping limits: at most 8 exercises") {
  const grouping_entry e{"squat", straight_sets(3, 10)};
  const auto nine = circuit({e, e, e, e, e, e, e, e, e});
  CHECK(check(nine).rule == rule::grouping_too_large);
  const auto eight = circuit({e, e, e, e, e, e, e, e});
  CHECK(is_valid(eight));
  CHECK(figures_of(eight).total_sets == 24);
}

TEST_CASE("figures: per-side counting, defaults and custom defaults") {
  const auto lunges = figures_of(straight_sets(3, quantity::reps(10, 12).per_leg()));
  CHECK(lunges.total_reps == figure::between(60, 72));
  CHECK(lunges.reps_per_side == figure::between(30, 36));
  CHECK(lunges.time_under_tension == figure::between(180, 216));
  CHECK_FALSE(figures_of(straight_sets(3, 10)).reps_per_side.known);

  figure_defaults slow = default_figures;
  slow.seconds_per_rep = 5;
  slow.rest_between_sets = 60;
  CHECK(figures_of(straight_sets(3, 10), slow).duration == figure::exactly(150 + 120));

  // A stated "no tempo" uses the default pace as well.
  CHECK(figures_of(straight_sets(3, 8).with(tempo::no_tempo())).time_under_tension == figure::exactly(72));

  // Circuits move between stations; the default transition is 15 s.
  const auto c = circuit({grouping_entry{"a", straight_sets(2, 10)}, grouping_entry{"b", straight_sets(2, 10)}});
  CHECK(figures_of(c).duration == figure::exactly(120 + 2 * 15 + 90));

  // A block with a stated length lasts that long.
  block warm{};
  warm.role = block_role::warm_up;
  warm.min_length = 10;
  warm.max_length = 15;
  CHECK(figures_of(warm).duration == figure::between(600, 900));

  // Volume load needs an absolute load; pounds stay pounds.
  const auto lb = figures_of(straight_sets(3, 5).at(load::pounds(225)));
  CHECK(lb.volume_load == figure::exactly(15 * 2250));
  CHECK(lb.volume_unit == load_kind::lb);
}

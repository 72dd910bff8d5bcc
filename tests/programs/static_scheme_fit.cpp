// Scheme fits exercise at compile time: the same rules in constant evaluation,
// and the checked form accepting what fits.
#include <sinew/notation.hpp>
#include <sinew/programs.hpp>

namespace {
using namespace sinew;

static_assert(check_fit(wall_sit, pyramid({15, 12, 10, 8}).with(tempo::of(3, 0, 1))).rule == fit_rule::isometric_takes_time);
static_assert(fits(wall_sit, straight_sets(3, quantity::of(seconds(45)))));
static_assert(check_fit(sprint_200_m, straight_sets(3, 8)).rule == fit_rule::locomotion_takes_distance);
static_assert(check_fit(butterfly_stretch, straight_sets(2, quantity::of(seconds(30))).with(tempo::of(3, 0, 1))).rule ==
              fit_rule::stretch_to_failure_or_tempo);
static_assert(check_fit(bodyweight_lunge, drop_set(straight_sets(3, 20), 1)).rule == fit_rule::drop_needs_external_load);
static_assert(check_fit(leg_press, straight_sets(3, quantity::reps(12).per_leg())).rule == fit_rule::per_side_on_bilateral);
static_assert(!fit(leg_press, straight_sets(3, quantity::reps(12).per_leg())));
static_assert(fit(single_leg_press, straight_sets(3, quantity::reps(12).per_leg())).has_value());

// The checked form returns the scheme when it fits.
constexpr auto plank = checked_fit(copenhagen_plank, straight_sets(3, quantity::of(seconds(20))));
static_assert(plank.per_set.kind == quantity_kind::time);
constexpr auto drops = checked_fit(leg_extension, drop_set(straight_sets(3, 12), 2, -20));
static_assert(drops.drops == 2);

// A user's exercise is judged by its own statement.
inline constexpr struct dead_hang_squat_hold final
    : exercise<"squat_hold", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::isometric,
                                           .loads = {knee_extension, hip_extension},
                                           .equipment = {equipment::bodyweight}, .pattern = movement_pattern::squat}> {} squat_hold;
static_assert(check_fit(squat_hold, straight_sets(3, 10)).rule == fit_rule::isometric_takes_time);
static_assert(fits(squat_hold, straight_sets(3, quantity::of(seconds(40)))));

// A record another program fills in is a strength exercise moved in reps: any valid scheme fits.
static_assert(fits(exercise_record{}, pyramid({12, 10, 8})));
// Not a built-in: nothing to judge.
static_assert(fits(exercise_id{static_cast<std::uint16_t>(9999)}, straight_sets(3, 10)));

// A grouping written in code is judged entry by entry.
static_assert(check_fit(line<"superset: A sled push 3x20; B leg extension 3x12">.group) ==
              fit_check{fit_rule::locomotion_takes_distance, 0});
static_assert(check_fit(line<"superset: A leg extension 3x12; B sled push 3x20m">.group).ok());

}  // namespace

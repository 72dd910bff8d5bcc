// Every built-in exercise states its kind and contraction, checked as classes
// at compile time: what a statement's pattern, equipment and comment say must
// agree with the kind it states, and each kind reads `loads` its own way.
#include <sinew/exercises.hpp>

namespace {
using namespace sinew;

// A statement that leaves out its kind or contraction breaks a rule; the
// other rules come first, so a statement is told about its actions first.
constexpr exercise_spec air_squat{.kind = exercise_kind::strength, .contraction = contraction::dynamic,
                                  .loads = {hip_extension, knee_extension}, .equipment = {equipment::bodyweight}, .pattern = movement_pattern::squat};
static_assert(first_broken_rule(air_squat) == exercise_rule::ok);
static_assert(first_broken_rule(exercise_spec{.contraction = contraction::dynamic, .loads = {knee_extension},
                                              .equipment = {equipment::bodyweight}, .pattern = movement_pattern::squat}) == exercise_rule::kind_unstated);
static_assert(first_broken_rule(exercise_spec{.kind = exercise_kind::strength, .loads = {knee_extension},
                                              .equipment = {equipment::bodyweight}, .pattern = movement_pattern::squat}) == exercise_rule::contraction_unstated);
static_assert(first_broken_rule(exercise_spec{.loads = {knee_extension}}) == exercise_rule::no_equipment);
// A value past the enum (cast from foreign data) is not a stated kind, in a statement or a record.
static_assert(first_broken_rule(exercise_spec{.kind = static_cast<exercise_kind>(exercise_kind_count),
                                              .contraction = contraction::dynamic, .loads = {knee_extension},
                                              .equipment = {equipment::bodyweight}, .pattern = movement_pattern::squat}) == exercise_rule::kind_unstated);
constexpr exercise_record with_foreign_contraction = [] {
  auto r = make_record(air_squat, "air_squat", "air squat");
  r.contraction = static_cast<contraction>(contraction_count);
  return r;
}();
static_assert(first_broken_rule(with_foreign_contraction) == exercise_rule::contraction_unstated);
static_assert(first_broken_rule(make_record(air_squat, "a", "a")) == exercise_rule::ok);
// The record keeps what the statement said; a built-in tag's statement says it again.
static_assert(make_record(exercise_spec{.kind = exercise_kind::stretch, .contraction = contraction::isometric,
                                        .loads = {hip_extension}, .equipment = {equipment::bodyweight}, .pattern = movement_pattern::squat},
                          "s", "s").kind == exercise_kind::stretch);
static_assert(decltype(wall_sit)::spec.contraction.value == contraction::isometric);
static_assert(decltype(wall_sit)::spec.contraction.stated);
static_assert(first_broken_rule(decltype(foam_roll_glutes)::spec) == exercise_rule::ok);

// Names both ways, for every value; "unknown" past the enum.
constexpr bool names_round_trip() {
  for (std::size_t i = 0; i != exercise_kind_count; ++i) {
    const auto k = static_cast<exercise_kind>(i);
    const auto back = parse_exercise_kind(name_of(k));
    if (!back || *back != k) return false;
  }
  for (std::size_t i = 0; i != contraction_count; ++i) {
    const auto c = static_cast<contraction>(i);
    const auto back = parse_contraction(name_of(c));
    if (!back || *back != c) return false;
  }
  return name_of(static_cast<exercise_kind>(exercise_kind_count)) == "unknown" &&
         name_of(static_cast<contraction>(contraction_count)) == "unknown" && !parse_exercise_kind("plyometric") &&
         !parse_contraction("");
}
static_assert(names_round_trip());

// kind_set: the training kinds, parsing a list, values past the enum.
static_assert(kind_set::training() == kind_set{exercise_kind::strength, exercise_kind::power});
static_assert(is_training_kind(exercise_kind::power) && !is_training_kind(exercise_kind::conditioning));
static_assert(*parse_kind_set("strength,power") == kind_set::training());
static_assert(*parse_kind_set(" stretch , soft_tissue") == kind_set{exercise_kind::stretch, exercise_kind::soft_tissue});
static_assert(!parse_kind_set("strength,,power"));
static_assert(parse_kind_set("strength,cardio").error().position == 9);
static_assert(!parse_kind_set(""));
static_assert([] {
  kind_set s{};
  return !s.insert(static_cast<exercise_kind>(exercise_kind_count)) && s.empty() &&
         !kind_set::all().contains(static_cast<exercise_kind>(7));
}());

// --- the built-in catalog, as classes ----------------------------------------------

template <class P>
constexpr bool every(P p) {
  for (const auto& r : builtin_exercises)
    if (!p(r)) return false;
  return true;
}
template <class P>
constexpr std::size_t count(P p) {
  std::size_t n = 0;
  for (const auto& r : builtin_exercises) n += p(r) ? 1U : 0U;
  return n;
}

// Every built-in states a kind and contraction of the enum.
static_assert(every([](const exercise_record& r) { return first_broken_rule(r) == exercise_rule::ok; }));
// A stretch is held: the stretch pattern and the stretch kind are the same exercises, all isometric.
static_assert(every([](const exercise_record& r) {
  return (r.pattern == movement_pattern::stretch) == (r.kind == exercise_kind::stretch) &&
         (r.kind != exercise_kind::stretch || r.contraction == contraction::isometric);
}));
// Soft-tissue work is exactly what treats groups with a foam roller and loads no action.
static_assert(every([](const exercise_record& r) {
  const bool treats = !r.treats.empty();
  return treats == (r.kind == exercise_kind::soft_tissue) &&
         treats == r.equipment.contains(equipment::foam_roller) && (!treats || r.loads.empty());
}));
// Jumps are power; sprints travel; cardio is conditioning that travels (or rides a distance).
static_assert(every([](const exercise_record& r) {
  return (r.pattern != movement_pattern::jump || r.kind == exercise_kind::power) &&
         (r.pattern != movement_pattern::sprint || r.contraction == contraction::locomotion) &&
         ((r.pattern == movement_pattern::cardio) == (r.kind == exercise_kind::conditioning)) &&
         (r.pattern != movement_pattern::cardio || r.contraction == contraction::locomotion);
}));
// A mobility-pattern exercise that is not foam rolling is a warm-up (mobility kind).
static_assert(every([](const exercise_record& r) {
  return r.pattern != movement_pattern::mobility || r.kind == exercise_kind::mobility ||
         r.kind == exercise_kind::soft_tissue;
}));
// Everything loaded by external equipment other than a foam roller trains: a
// barbell, dumbbell, kettlebell, cable, machine, sled or trap bar is there to be moved.
static_assert(every([](const exercise_record& r) {
  const equipment_set external{equipment::barbell, equipment::dumbbell, equipment::kettlebell, equipment::cable,
                               equipment::sled,    equipment::trap_bar};
  return (r.equipment & external).empty() || is_training_kind(r.kind);
}));
// Each kind reads its actions one way: exactly one reading is non-empty.
static_assert(every([](const exercise_record& r) {
  const int readings = (loaded_actions(r).empty() ? 0 : 1) + (stretched_actions(r).empty() ? 0 : 1) +
                       (prepared_actions(r).empty() ? 0 : 1) + (treated_groups(r).empty() ? 0 : 1);
  return readings == 1;
}));

// The ones named by how they are done.
static_assert(info(wall_sit).contraction == contraction::isometric && info(wall_sit).kind == exercise_kind::strength);
static_assert(info(copenhagen_plank).contraction == contraction::isometric);
static_assert(info(sled_push).contraction == contraction::locomotion && is_training(info(sled_push)));
static_assert(info(tip_toe_walk).contraction == contraction::locomotion && is_training(info(tip_toe_walk)));
static_assert(info(high_knees).kind == exercise_kind::mobility && info(high_knees).contraction == contraction::locomotion);
static_assert(info(leg_swings).kind == exercise_kind::mobility && info(leg_swings).contraction == contraction::dynamic);
static_assert(info(light_jogging).kind == exercise_kind::conditioning);
static_assert(info(stationary_cycling).contraction == contraction::locomotion);
static_assert(info(kettlebell_swing).kind == exercise_kind::power && info(box_jump).kind == exercise_kind::power &&
              info(jump_squat).kind == exercise_kind::power && info(sprint_100_m).kind == exercise_kind::power);
// Loaded walking lunges are strength in reps per leg; the warm-up's bodyweight walk is mobility.
static_assert(info(walking_lunge).kind == exercise_kind::strength && info(walking_lunge).contraction == contraction::dynamic);
static_assert(info(bodyweight_walking_lunge).kind == exercise_kind::mobility);
// Only these hold still: two strength holds and the seven stretches.
static_assert(count([](const exercise_record& r) { return r.contraction == contraction::isometric; }) == 9);
// The stretch records what it stretches, not what it loads.
static_assert(stretched_actions(info(standing_hamstring_stretch)).contains(hip_extension));
static_assert(loaded_actions(info(standing_hamstring_stretch)).empty());
static_assert(prepared_actions(info(leg_swings)) == action_set{hip_flexion, hip_extension});
static_assert(treated_groups(info(foam_roll_calves)) == group_set{calves});
static_assert(loaded_actions(info(barbell_back_squat)) == action_set{hip_extension, knee_extension});

// How many of each: a change of kind is a decision, made here on purpose. Strength is the rest, so
// that adding a strength exercise changes no count here.
static_assert(count([](const exercise_record& r) { return r.kind == exercise_kind::strength; }) ==
              builtin_exercises.size() - (5 + 2 + 4 + 7 + 5));
static_assert(count([](const exercise_record& r) { return r.kind == exercise_kind::power; }) == 5);
static_assert(count([](const exercise_record& r) { return r.kind == exercise_kind::conditioning; }) == 2);
static_assert(count([](const exercise_record& r) { return r.kind == exercise_kind::mobility; }) == 4);
static_assert(count([](const exercise_record& r) { return r.kind == exercise_kind::stretch; }) == 7);
static_assert(count([](const exercise_record& r) { return r.kind == exercise_kind::soft_tissue; }) == 5);

}  // namespace

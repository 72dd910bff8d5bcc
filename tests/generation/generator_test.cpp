// The program generator against its own analysis. The grid: every pair of
// factor values (days 1-6, four equipment sets, four goals, three levels, no
// condition and each of the five) appears in at least one row of a covering
// design built below (greedy, about 40 rows instead of the 1,728 of the full
// product), each row with 20 seeds: about 800 programs.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <set>
#include <string>
#include <vector>

#include "../../benchmarks/allocation_counter.hpp"
#include <sinew/generation.hpp>
#include <sinew/programs/text.hpp>

using namespace sinew;

namespace {

const equipment_set equipment_sets[] = {
    equipment_set{},                                                       // bodyweight only
    equipment_set{equipment::band, equipment::dumbbell},                   // at home
    equipment_set{equipment::dumbbell, equipment::machine},                // dumbbells and machines
    equipment_set::all(),                                                  // a full gym
};

struct row {
  int days, equipment, goal, level, condition;  // condition 0: none, k: condition k-1
};

/// A covering design: rows until every pair of factor values appears in one.
std::vector<row> covering_rows() {
  const int sizes[5] = {6, 4, 4, 3, 6};
  std::set<std::vector<int>> missing;
  for (int f = 0; f != 5; ++f)
    for (int g = f + 1; g != 5; ++g)
      for (int a = 0; a != sizes[f]; ++a)
        for (int b = 0; b != sizes[g]; ++b) missing.insert({f, a, g, b});
  std::vector<row> rows;
  while (!missing.empty()) {
    int best[5]{}, best_gain = -1;
    for (int d = 0; d != 6; ++d)
      for (int e = 0; e != 4; ++e)
        for (int go = 0; go != 4; ++go)
          for (int l = 0; l != 3; ++l)
            for (int c = 0; c != 6; ++c) {
              const int v[5] = {d, e, go, l, c};
              int gain = 0;
              for (int f = 0; f != 5; ++f)
                for (int g = f + 1; g != 5; ++g) gain += missing.count({f, v[f], g, v[g]}) != 0 ? 1 : 0;
              if (gain > best_gain) {
                best_gain = gain;
                for (int k = 0; k != 5; ++k) best[k] = v[k];
              }
            }
    for (int f = 0; f != 5; ++f)
      for (int g = f + 1; g != 5; ++g) missing.erase({f, best[f], g, best[g]});
    rows.push_back({best[0] + 1, best[1], best[2], best[3], best[4]});
  }
  return rows;
}

plan_request request_of(const row& r, std::uint64_t seed) {
  plan_request q{};
  q.days = static_cast<std::uint8_t>(r.days);
  q.minutes = r.days == 1 ? 150U : r.days == 2 ? 100U : 75U;
  q.equipment = equipment_sets[r.equipment];
  q.goal = static_cast<training_goal>(r.goal);
  q.level = static_cast<training_level>(r.level);
  if (r.condition != 0) q.conditions.insert(static_cast<condition>(r.condition - 1));
  q.seed = seed;
  return q;
}

std::string text_of(const program& p) {
  std::string out;
  auto sink = [&](text_view t) { out.append(t.data(), t.size()); };
  format_program(sink, p);
  return out;
}

std::string str(text_view t) { return {t.data(), t.size()}; }

/// Whether an exercise the request may choose loads hip external rotation (what knee valgus asks).
bool rotator_at_hand(const plan_request& q) {
  const auto rotation = *builtin_model::find_action("hip_external_rotation");
  for (std::size_t i = 0; i != builtin_catalog().size(); ++i) {
    const exercise_record& r = builtin_catalog()[i];
    if (detail::eligible(r, q) && !q.exclude.contains(exercise_id{static_cast<std::uint16_t>(i)}) &&
        r.loads.contains(rotation))
      return true;
  }
  return false;
}

}  // namespace

TEST_CASE("grid: every program passes its own analysis, within the request") {
  const auto rows = covering_rows();
  CHECK(rows.size() < 60);  // the design covers every pair in far fewer rows than the product
  std::size_t programs = 0, expected_errors = 0;
  static std::deque<std::string> kept;  // parsed programs view their text
  for (const row& r : rows) {
    std::set<std::string> distinct;
    for (std::uint64_t seed = 0; seed != 20; ++seed) {
      const plan_request q = request_of(r, seed);
      const auto p = generate(q);
      if (r.condition == 1 && !rotator_at_hand(q)) {  // knee valgus asks hip external rotation work
        REQUIRE_FALSE(p);
        CHECK(str(p.error().message) == "sinew: equipment: nothing at hand trains hip external rotation");
        ++expected_errors;
        continue;
      }
      INFO("days ", r.days, " equipment ", r.equipment, " goal ", r.goal, " level ", r.level, " condition ",
           r.condition, " seed ", seed);
      CHECK_MESSAGE(p, str(p ? text_view{} : p.error().message));
      if (!p) continue;
      ++programs;
      CHECK(check(*p).ok());
      const auto a = analyse(*p, options_for(q));
      const auto forced = forced_warnings(q);
      for (const auto& f : a.findings) {
        INFO(str(f.message()));
        CHECK(f.severity != severity::error);
        if (f.severity == severity::warning) CHECK(forced.contains(f.kind));
        CHECK(f.kind != finding_kind::condition_unmet);
      }
      for (const auto& s : a.session_figures()) CHECK(s.main_minutes() <= q.minutes);
      for (const auto& e : p->entries()) CHECK(detail::at_hand(q).includes(info(e.exercise).equipment));
      const std::string& text = kept.emplace_back(text_of(*p));
      const auto back = parse_program(text_view{text.data(), text.size()});
      REQUIRE(back);
      CHECK(*back == *p);
      if (seed == 0) CHECK(*generate(q) == *p);  // the same request and seed: the same program
      distinct.insert(text);
    }
    if (!(r.condition == 1 && !rotator_at_hand(request_of(r, 0)))) CHECK(distinct.size() >= 2);
  }
  CHECK(programs + expected_errors == rows.size() * 20);
}

TEST_CASE("week coverage: every group an exercise at hand works gets sets, from two days a week") {
  // the groups no role trains alone (the shin; the lower back without a deadlift) get an exercise
  // that works them; a one-session week gives its 8 exercises to what the analysis requires first
  const auto rows = covering_rows();
  std::size_t pairs = 0, uncovered = 0, programs = 0, shin_uncovered = 0;
  const group_id shin_id = *builtin_model::find_group("shin");
  for (const row& r : rows) {
    if (r.days == 1) continue;
    for (std::uint64_t seed = 0; seed != 5; ++seed) {
      const plan_request q = request_of(r, seed);
      const auto p = generate(q);
      if (!p) continue;
      ++programs;
      const auto c = detail::context_for<builtin_model>(q, builtin_catalog());
      const auto a = analyse(*p, options_for(q));
      for (std::size_t g = 0; g != builtin_model::group_count; ++g) {
        const group_id id{static_cast<std::uint8_t>(g)};
        bool coverable = false;
        for (std::size_t i = 0; i != builtin_catalog().size() && !coverable; ++i)
          coverable = detail::eligible(builtin_catalog()[i], q) &&
                      c.profile(exercise_id{static_cast<std::uint16_t>(i)}).prime_groups.contains(id);
        if (!coverable) continue;
        ++pairs;
        INFO("days ", r.days, " equipment ", r.equipment, " goal ", r.goal, " level ", r.level, " condition ",
             r.condition, " seed ", seed, " group ", str(builtin_model::info(id).name));
        if (a.groups[g].sets != 0.0) continue;
        ++uncovered;
        if (id == shin_id) ++shin_uncovered;
        // from three days on the shin, which no other work reaches, always has room
        if (r.days >= 3) CHECK(id != shin_id);
      }
    }
  }
  MESSAGE(programs, " programs of 2-6 days: ", uncovered, " of ", pairs, " groups an exercise at hand works left without sets (",
          shin_uncovered, " the shin)");
  CHECK(programs > 150);
  CHECK(uncovered * 40 <= pairs);  // at least 97.5 % covered (the lower back of a low strength range: the hamstrings' maximum comes first)
}

TEST_CASE("week coverage: a lower-back exercise kept from its set by a group at its maximum gets a set moved to it") {
  // bodyweight: the lower back's exercises (the superman, the back extension) also work the
  // glutes and the hamstrings, which the week's squats, lunges and nordic curls may have taken
  // to their maximum; a set moves to it from an exercise of those groups where the analysis warns
  // of nothing more. Left out: strength (the hamstrings' range ends at 7 sets) and knee valgus
  // (its abduction and rotation sets fill the glutes first), where no such move exists.
  // Before the move, 45 of these 1,125 weeks left the lower back without sets; with it, 10.
  std::size_t programs = 0, uncovered = 0;
  const group_id lower_back_id = *builtin_model::find_group("lower_back");
  for (int days = 2; days <= 6; ++days)
    for (int goal : {0, 2, 3})
      for (int level = 0; level != 3; ++level)
        for (int condition : {0, 2, 3, 4, 5})
          for (std::uint64_t seed = 0; seed != 5; ++seed) {
            const plan_request q = request_of({days, 0, goal, level, condition}, seed);
            const auto p = generate(q);
            REQUIRE(p);
            ++programs;
            if (analyse(*p, options_for(q)).groups[lower_back_id.index].sets == 0.0) ++uncovered;
          }
  MESSAGE(uncovered, " of ", programs, " bodyweight weeks leave the lower back without sets");
  CHECK(programs == 1125);
  CHECK(uncovered * 50 <= programs);  // at most 2 % (4 % before the move)
}

TEST_CASE("forced warnings: only what the equipment or the days leave no way around") {
  plan_request q{};
  CHECK(forced_warnings(q).bits == 0);
  q.equipment = {};  // bodyweight alone, without its bent-knee calf raise and its clamshell
  q.exclude.add(bent_knee_calf_raise);
  q.exclude.add(bodyweight_clamshell);
  CHECK(forced_warnings(q).contains(finding_kind::calf_knee_position));  // no other bent-knee calf raise
  CHECK(forced_warnings(q).contains(finding_kind::uncovered_action));    // no other hip external rotation
  q = {};
  q.goal = training_goal::strength;
  q.days = 1;
  CHECK(forced_warnings(q).contains(finding_kind::frequency_low));
  q.days = 3;
  CHECK_FALSE(forced_warnings(q).contains(finding_kind::frequency_low));
}

namespace {
/// A priority: a group, a muscle or an action of the built-in model.
struct target {
  int kind;  // 0 group, 1 muscle, 2 action
  std::uint8_t index;
};
std::string name_of(const target& t) {
  using M = builtin_model;
  const text_view n = t.kind == 0   ? M::info(group_id{t.index}).id
                      : t.kind == 1 ? M::info(muscle_id{t.index}).id
                                    : M::info(action_id{t.index}).id;
  return str(n);
}
void prioritise(plan_request& q, const target& t) {
  if (t.kind == 0) q.priorities.groups.insert(group_id{t.index});
  else if (t.kind == 1) q.priorities.muscles.insert(muscle_id{t.index});
  else q.priorities.actions.insert(action_id{t.index});
}
/// The target's weekly sets as the analysis counts them.
double sets_of(const program_analysis<>& a, const target& t) {
  if (t.kind == 0) return a.of(group_id{t.index}).sets;
  if (t.kind == 1) return a.of(muscle_id{t.index}).sets;
  return a.of(action_id{t.index});
}
/// The ranged groups the target counts in (a group itself, a muscle's groups, the groups an action is a main action of).
group_set groups_of(const target& t, const analysis_options& o) {
  using M = builtin_model;
  group_set g{};
  if (t.kind == 0) g.insert(group_id{t.index});
  if (t.kind == 1) g = M::info(muscle_id{t.index}).groups;
  if (t.kind == 2)
    for (std::uint8_t k = 0; k != M::group_count; ++k)
      if (detail::group_actions<M>(group_id{k}, o.action_share_min).contains(action_id{t.index})) g.insert(group_id{k});
  group_set out{};
  g.for_each([&](group_id x) {
    if (detail::ranged<M>(o, x)) out.insert(x);
  });
  return out;
}
/// Eligible exercises of the request that train the target (prime it, or load the action).
std::size_t trainers(const plan_request& q, const target& t) {
  const auto c = detail::context_for<builtin_model>(q, builtin_catalog());
  std::size_t n = 0;
  for (std::size_t i = 0; i != builtin_catalog().size(); ++i) {
    const exercise_record& r = builtin_catalog()[i];
    if (!detail::eligible(r, q)) continue;
    const auto prof = c.profile(exercise_id{static_cast<std::uint16_t>(i)});
    const bool trains = t.kind == 0   ? prof.prime_groups.contains(group_id{t.index})
                        : t.kind == 1 ? prof.prime.contains(muscle_id{t.index})
                                      : r.loads.contains(action_id{t.index});
    n += trains ? 1U : 0U;
  }
  return n;
}
}  // namespace

TEST_CASE("a priority (group, muscle or action) gets more weekly sets than without it, or the test shows why not") {
  using M = builtin_model;
  std::vector<target> targets;
  for (std::uint8_t k = 0; k != M::group_count; ++k) targets.push_back({0, k});
  for (std::uint8_t k = 0; k != M::muscle_count; ++k) targets.push_back({1, k});
  for (std::uint8_t k = 0; k != M::action_count; ++k) targets.push_back({2, k});
  std::size_t pairs = 0, more = 0, untrainable = 0, at_top = 0, one_session = 0, needs_minutes = 0, no_clean_week = 0,
              shared_action = 0;
  std::vector<std::string> missed;
  std::vector<double> extra;
  const auto one = [&](int days, int goal, int level, const target& t) {
    const plan_request plain = request_of({days, 3, goal, level, 0}, 3);
    plan_request prio = plain;
    prioritise(prio, t);
    INFO(name_of(t), " (kind ", t.kind, ") days ", days, " goal ", goal, " level ", level);
    ++pairs;
    const auto p = generate(plain);
    REQUIRE(p);
    auto q = generate(prio);
    const std::size_t n = trainers(prio, t);
    if (!q) {
      const std::string m = str(q.error().message);
      INFO(m);
      if (m.starts_with("sinew: equipment: nothing at hand trains")) {  // an action priority only, and truly none
        CHECK(t.kind == 2);
        CHECK(n == 0);
        ++untrainable;
        return;
      }
      if (m.starts_with("sinew: request: ")) {  // not the minutes: the ranges and balances with the priority's work
        ++no_clean_week;
        return;
      }
      // a priority's extra work may not fit the minutes; with the most minutes it does
      REQUIRE(m.starts_with("sinew: minutes: "));
      prio.minutes = 240;
      q = generate(prio);
      ++needs_minutes;
      REQUIRE(q);
    }
    const auto a = analyse(*p, options_for(plain));
    const auto b = analyse(*q, options_for(prio));
    const double before = sets_of(a, t), after = sets_of(b, t);
    INFO(before, " sets without the priority, ", after, " with it; ", n, " eligible exercises train it");
    if (after > before + 1e-9) {
      ++more;
      extra.push_back(after - before);
      return;
    }
    // why not more, with figures: nothing at hand trains it (its sets are what others give it)...
    if (n == 0) {
      ++untrainable;
      return;
    }
    CHECK(after >= before - 1e-9);  // never fewer
    // ... or a range it counts in has less than a set of room left without the priority ...
    const auto ranges = options_for(plain).ranges_in_force();
    bool top = false;
    groups_of(t, options_for(plain)).for_each([&](group_id g) {
      top = top || a.of(g).sets + 1.0 > ranges.of(M::info(g).id)->max + 1e-9;
    });
    if (top) {
      ++at_top;
      return;
    }
    // ... or one session a week holds the analysis' most hard sets of a muscle already ...
    if (days == 1) {
      CHECK(a.session_figures()[0].busiest_muscle_sets >= options_for(plain).session_sets_max - 1e-9);
      ++one_session;
      return;
    }
    // ... or (a known miss, listed in the message) an action a ranged group shares with another
    // main action (knee flexion, hip extension: the hamstrings and glutes), or a muscle whose
    // primary actions are such, where the week without the priority already gives more than
    // the priority's least (twice a condition's sets)
    bool shared = false;
    groups_of(t, options_for(plain)).for_each([&](group_id g) {
      shared = shared || detail::group_actions<M>(g, options_for(plain).action_share_min).size() >= 2;
    });
    if (t.kind != 0 && shared && before >= 2.0 * options_for(plain).condition_sets_min) {
      ++shared_action;
      return;
    }
    missed.push_back(name_of(t) + " days " + std::to_string(days) + " goal " + std::to_string(goal) + " level " +
                     std::to_string(level) + ": " + std::to_string(before) + " -> " + std::to_string(after));
  };
  // every kind of priority, every goal and level, on three full-body days
  for (int goal = 0; goal != 4; ++goal)
    for (int level = 0; level != 3; ++level)
      for (const target& t : targets) one(3, goal, level, t);
  // the ranged groups over every number of days
  for (int days = 1; days <= 6; ++days)
    for (int goal = 0; goal != 4; ++goal)
      for (int level = 0; level != 3; ++level)
        for (std::uint8_t g = 0; g != 4; ++g)
          if (days != 3) one(days, goal, level, {0, g});
  std::sort(extra.begin(), extra.end());
  MESSAGE("priority pairs ", pairs, ": more ", more, " (extra sets min ", extra.front(), ", median ",
          extra[extra.size() / 2], "), nothing at hand trains it ", untrainable, ", a range at its top without it ",
          at_top, ", one session at the hard-set cap ", one_session, ", needing more minutes ", needs_minutes,
          ", no week without a warning with the priority's work ", no_clean_week);
  MESSAGE("an action shared in its group, already past the priority's least: ", shared_action);
  for (const auto& m : missed) MESSAGE("not more, no reason found: ", m);
  CHECK(missed.size() <= 1);  // a known miss (glutes, strength, two days): see the message
  CHECK(more * 4 > (pairs - untrainable) * 3);  // of the priorities something at hand trains
}

namespace {
bool compound(exercise_id e) { return info(e).mechanic == mechanic::compound; }
/// The request's eligible exercises that fit a role and are compound lifts.
bool offers(const plan_request& q, exercise_role role) {
  for (const auto& r : builtin_catalog())
    if (detail::eligible(r, q) && r.mechanic == mechanic::compound && detail::fits_role<builtin_model>(r, role)) return true;
  return false;
}
}  // namespace

TEST_CASE("main patterns and the shape of a session, over days, equipment, goals, levels and conditions") {
  using M = builtin_model;
  std::size_t weeks = 0, sessions = 0, opened = 0, no_compound_fits = 0, shaped = 0, unshaped = 0;
  std::size_t unshaped_at_top = 0, unshaped_at_cap = 0, unshaped_balance = 0, unshaped_condition = 0, sized = 0, unsized = 0;
  const action_id kf = *M::find_action("knee_flexion"), ke = *M::find_action("knee_extension"),
                  ad = *M::find_action("hip_adduction"), ab = *M::find_action("hip_abduction");
  std::size_t exercises_hist[max_session_exercises + 1]{};
  const auto rows = covering_rows();
  for (int days = 1; days <= 6; ++days)
    for (int eq = 0; eq != 4; ++eq)
      for (std::size_t k = static_cast<std::size_t>(days + eq) % 3; k < rows.size(); k += 3) {  // a third of the design each
        const row& r = rows[k];
        const plan_request q = request_of({days, eq, r.goal, r.level, r.condition}, static_cast<std::uint64_t>(days + eq));
        const auto p = generate(q);
        if (!p) continue;
        ++weeks;
        INFO("days ", days, " equipment ", eq, " goal ", r.goal, " level ", r.level, " condition ", r.condition);
        // the week: a knee-dominant compound, and a hinge (a hip-extension compound) from two days on
        bool has_squat = false, has_hinge = false;
        for (const auto& e : p->entries()) {
          has_squat = has_squat || (compound(e.exercise) && detail::fits_role<M>(info(e.exercise), exercise_role::knee_compound));
          has_hinge = has_hinge || (compound(e.exercise) && detail::fits_role<M>(info(e.exercise), exercise_role::hinge));
        }
        if (offers(q, exercise_role::knee_compound)) CHECK(has_squat);
        if (days >= 2 && offers(q, exercise_role::hinge)) CHECK(has_hinge);
        // each session: opens with a compound when it holds three working exercises or more
        // (unless no eligible compound fits the groups its day may load); its main compound
        // gets as many sets as any isolation (see volume.hpp for when it may not)
        const auto c = detail::context_for<M>(q, builtin_catalog());
        const auto schedule = default_scheduling{}.schedule(c);
        REQUIRE(schedule);
        std::size_t si = 0;
        for (const auto& s : p->sessions()) {
          ++sessions;
          std::size_t working = 0, main = 0;
          bool first = true, opens = false, any_compound = false, opens_moved = false, any_moved = false;
          std::uint32_t top = 0, iso = 0;
          for (const auto& b : p->blocks(s)) {
            if (b.role == block_role::warm_up || b.role == block_role::cool_down) continue;
            for (const auto& e : p->entries(b)) {
              ++main;
              if (b.role == block_role::working) ++working;
              const bool moved = info(e.exercise).contraction == contraction::dynamic;
              if (b.role != block_role::priming) {
                if (first) opens = compound(e.exercise);
                if (first) opens_moved = moved;
                first = false;
                any_moved = any_moved || moved;
              }
              const std::uint32_t n = e.scheme.sets;
              if (compound(e.exercise)) {
                any_compound = true;
                top = n > top ? n : top;
              } else {
                iso = n > iso ? n : iso;
              }
            }
          }
          ++exercises_hist[main < max_session_exercises ? main : max_session_exercises];
          // the session's size (4-8 exercises, at most 3 a prime mover: Liftosaur's guide): never a day of
          // warm-up alone, never more than 8 but in a one-session week (its coverage may need more), and
          // no muscle the prime mover of more than 3 of its exercises
          CHECK(main >= 1);
          if (days > 1) CHECK(main <= c.session_exercises_max);
          if (days <= 3) (main >= c.session_exercises_min && main <= c.session_exercises_max ? sized : unsized) += 1;
          {
            muscle_set once{}, twice{}, thrice{};
            for (const auto& b : p->blocks(s)) {
              if (b.role == block_role::warm_up || b.role == block_role::cool_down) continue;
              for (const auto& e : p->entries(b)) {
                const muscle_set prime = c.profile(e.exercise).prime;
                CHECK_FALSE(thrice.intersects(prime));
                thrice |= twice & prime;
                twice |= once & prime;
                once |= prime;
              }
            }
          }
          if (any_moved) CHECK(opens_moved);  // never an isometric hold first where a moved exercise is there
          if (working >= 3) {
            if (opens) ++opened;
            else {
              // no eligible squat or hinge may go on this day: none fits its groups
              const group_set focus = schedule->sessions[si].focus;
              bool fits = false;
              for (std::size_t i = 0; i != builtin_catalog().size(); ++i) {
                const exercise_record& x = builtin_catalog()[i];
                fits = fits || (detail::eligible(x, q) && x.mechanic == mechanic::compound &&
                                (detail::fits_role<M>(x, exercise_role::knee_compound) || detail::fits_role<M>(x, exercise_role::hinge)) &&
                                focus.includes(c.profile(exercise_id{static_cast<std::uint16_t>(i)}).prime_groups));
              }
              CHECK_FALSE(fits);
              ++no_compound_fits;
            }
          }
          if (any_compound) (top >= iso ? shaped : unshaped) += 1;
          if (any_compound && top < iso) {
            // an isolation past the main compound: the rule yields only when no compound of the session
            // has room for a set (a range its groups count in at its top, with the conditions' work on
            // top of it; the session's hard sets of a muscle at the cap), when the isolation's sets
            // close a balance the analysis checks (one set fewer and the week is at the edge of the
            // reference or outside it: the search gave the set while that side was short, and the
            // other side may have grown since), or when they give an action a condition asks its
            // sets (one set fewer and the condition is unmet)
            const auto o = options_for(q);
            const auto a = analyse(*p, o);
            const auto ranges = o.ranges_in_force();
            const action_set asked = condition_actions(q.conditions);
            bool at_top = false, short_without = false, short_of_condition = false;
            for (const auto& b : p->blocks(s)) {
              if (b.role == block_role::warm_up || b.role == block_role::cool_down) continue;
              for (const auto& e : p->entries(b)) {
                if (compound(e.exercise) && e.scheme.sets == top)
                  c.profile(e.exercise).roled_groups.for_each([&](group_id g) {
                    const auto* range = ranges.of(M::info(g).id);
                    at_top = at_top || (range != nullptr && a.of(g).sets + 1.0 > range->max + condition_allowance(o, g) + 1e-9);
                  });
                if (compound(e.exercise) || e.scheme.sets <= top) continue;
                const auto& loads = info(e.exercise).loads;
                const auto short_of = [&](action_id x, action_id y, double reference) {
                  return loads.contains(x) && a.of(x) - 1.0 < reference * a.of(y) + 1e-9;
                };
                short_without = short_without || short_of(kf, ke, o.knee_flexion_to_extension_min) ||
                                short_of(ke, kf, o.knee_flexion_to_extension_min) ||
                                short_of(ad, ab, o.adduction_to_abduction_min) || short_of(ab, ad, o.adduction_to_abduction_min);
                (loads & asked).for_each([&](action_id x) {
                  short_of_condition = short_of_condition || a.of(x) - 1.0 < o.condition_sets_min - 1e-9;
                });
              }
            }
            const bool at_cap = a.session_figures()[si].busiest_muscle_sets + 1.0 > o.session_sets_max + 1e-9;
            INFO("session ", si, ": main compound ", top, " sets, an isolation ", iso);
            CHECK((at_top || at_cap || short_without || short_of_condition));
            (at_top ? unshaped_at_top : at_cap ? unshaped_at_cap : short_without ? unshaped_balance : unshaped_condition) += 1;
          }
          ++si;
        }
      }
  MESSAGE("weeks ", weeks, ", sessions ", sessions, ": of three working exercises or more, ", opened,
          " open with a compound, ", no_compound_fits, " hold none because none fits their day; sessions with a compound whose main "
          "compound has as many sets as any isolation ", shaped, ", fewer ", unshaped, " (its groups at a range's top ",
          unshaped_at_top, ", a muscle at the session's hard-set cap ", unshaped_at_cap, ", an isolation closing a balance ",
          unshaped_balance, ", an isolation giving a condition its sets ", unshaped_condition, ")");
  std::string hist;
  for (std::size_t k = 0; k <= max_session_exercises; ++k) hist += std::to_string(exercises_hist[k]) + " ";
  MESSAGE("sessions by exercises of main work (0..12): ", hist);
  // up to three days a week the week's ranges leave room for 4 exercises a session; from four days
  // on they reach their maxima first (a beginner's calves: 6 sets a week), and days hold fewer
  MESSAGE("sessions of weeks of 1-3 days with 4-8 exercises: ", sized, " of ", sized + unsized);
  CHECK(sized * 10 >= (sized + unsized) * 9);
  CHECK(weeks > 100);
  CHECK(unshaped * 2 < shaped);  // and each session that breaks the shape is explained above
}

TEST_CASE("an action nothing trains: the error names the input that leaves nothing, for every action and cause") {
  using M = builtin_model;
  std::size_t tested = 0;
  for (std::uint8_t k = 0; k != M::action_count; ++k) {
    const action_id a{k};
    // a catalog without the action but for one exercise that trains it, put first
    std::vector<exercise_record> catalog;
    for (const auto& r : builtin_catalog())
      if (r.loads.contains(a) && catalog.empty() && detail::eligible(r, plan_request{})) catalog.push_back(r);
    if (catalog.empty()) continue;  // nothing built in trains it with a gym at hand
    ++tested;
    for (const auto& r : builtin_catalog())
      if (!r.loads.contains(a)) catalog.push_back(r);
    const span<const exercise_record> cat{catalog.data(), catalog.size()};
    const std::string action(M::info(a).name);
    INFO(action);
    plan_request q{};
    q.priorities.actions.insert(a);
    REQUIRE(detail::validate<M>(q, cat).message.empty());
    // the exclusions: the one that trains it excluded, named by its place in the list
    plan_request excluded = q;
    excluded.exclude.add(exercise_id{1});  // another exercise first, so the position says which
    excluded.exclude.add(exercise_id{0});
    const error e = detail::validate<M>(excluded, cat);
    CHECK(str(e.message).starts_with("sinew: exclude: "));
    CHECK(e.position == 1);
    // a condition's spinal rule: the one that trains it loads the spine
    catalog[0].spinal_load = spinal_load::high;
    plan_request spared = q;
    spared.conditions.insert(condition::no_spinal_loading);
    const error c = detail::validate<M>(spared, cat);
    CHECK(str(c.message).starts_with("sinew: condition: "));
    CHECK(c.position == a.index);
    // the equipment: none of it trains the action
    const span<const exercise_record> without{catalog.data() + 1, catalog.size() - 1};
    const error n = detail::validate<M>(q, without);
    CHECK(str(n.message).starts_with("sinew: equipment: "));
    CHECK(n.position == a.index);
    // each names the action, or says it is one the request asks for (and where it is)
    for (const error* x : {&e, &c, &n}) {
      const std::string m = str(x->message);
      CHECK((m.ends_with("trains " + action) || m.find("an action the request asks for") != std::string::npos));
    }
  }
  MESSAGE("actions tested: ", tested, " of ", M::action_count);
  CHECK(tested >= 7);  // the seven actions the messages name, at least (10 today: the others no strength exercise loads)
}

namespace {
/// The default selection and volume with other session-size figures: a copy of the context.
struct smaller_sessions_selection {
  template <class Model>
  constexpr result<week_draft> select(const generation_context<Model>& c, const week_draft& w) const noexcept {
    generation_context<Model> mine = c;
    mine.session_exercises_min = 3;
    return default_selection{}.select(mine, w);
  }
};
struct smaller_sessions_volume {
  template <class Model>
  constexpr volume_targets<Model> targets(const generation_context<Model>& c) const noexcept {
    return default_volume{}.targets(c);
  }
  template <class Model>
  constexpr result<week_draft> allocate(const generation_context<Model>& c, const volume_targets<Model>& t,
                                        const week_draft& w) const noexcept {
    generation_context<Model> mine = c;
    mine.session_exercises_min = 3;
    mine.session_exercises_max = 5;
    mine.muscle_exercises_max = 2;
    return default_volume{}.allocate(mine, t, w);
  }
};
}  // namespace

TEST_CASE("the session-size figures are the context's: blocks that pass the defaults a copy change them") {
  const auto parts = default_parts{}.with_selection(smaller_sessions_selection{}).with_volume(smaller_sessions_volume{});
  std::size_t sessions = 0, at_most_five = 0, past = 0;
  for (int days = 2; days <= 4; ++days)
    for (int eq = 0; eq != 4; ++eq)
      for (int goal = 0; goal != 4; ++goal) {
        const plan_request q = request_of({days, eq, goal, 1, 0}, 1);
        const auto mine = generate(q, builtin_catalog(), parts), plain = generate(q);
        if (!mine || !plain) continue;
        INFO("days ", days, " equipment ", eq, " goal ", goal);
        const auto c = detail::context_for<builtin_model>(q, builtin_catalog());
        for (const auto* p : {&*mine, &*plain})
          for (const auto& s : p->sessions()) {
            std::size_t main = 0;
            muscle_set once{}, twice{};
            for (const auto& b : p->blocks(s)) {
              if (b.role == block_role::warm_up || b.role == block_role::cool_down) continue;
              for (const auto& e : p->entries(b)) {
                ++main;
                const muscle_set prime = c.profile(e.exercise).prime;
                if (p == &*mine) CHECK_FALSE(twice.intersects(prime));  // at most 2 a prime mover
                twice |= once & prime;
                once |= prime;
              }
            }
            if (p == &*mine) {
              ++sessions;
              at_most_five += main <= 5 ? 1U : 0U;
            } else {
              past += main > 5 ? 1U : 0U;
            }
          }
      }
  MESSAGE("sessions with the smaller figures: ", sessions, ", of them past 5 exercises: ", sessions - at_most_five,
          "; with the defaults, sessions past 5 exercises: ", past);
  CHECK(sessions > 40);
  // past the maximum only what the seeds give before the search (each action's coverage, the
  // main lift, a condition's sets): fewer such sessions than the defaults' 8 leave past 5
  CHECK(sessions - at_most_five < past);
  CHECK(past > 10);
}

TEST_CASE("a one-session week meets every condition's sets (the seeds pass the session's shape)") {
  std::size_t weeks = 0;
  for (int eq = 0; eq != 4; ++eq)
    for (int goal = 0; goal != 4; ++goal)
      for (int level = 0; level != 3; ++level)
        for (int condition = 1; condition != 6; ++condition) {
          const plan_request q = request_of({1, eq, goal, level, condition}, static_cast<std::uint64_t>(eq + goal + level));
          const auto p = generate(q);
          if (!p) continue;
          ++weeks;
          INFO("equipment ", eq, " goal ", goal, " level ", level, " condition ", condition);
          const finding_kind_set forced = forced_warnings(q);
          for (const auto& f : analyse(*p, options_for(q)).findings)
            if (f.kind == finding_kind::condition_unmet && !forced.contains(f.kind)) FAIL_CHECK(str(f.message()));
        }
  MESSAGE("one-session weeks checked: ", weeks);
  CHECK(weeks >= 200);  // of 240 requests
}

TEST_CASE("the whole grid: every goal, level, equipment set, condition or none and 1-6 days, no unforced warning") {
  // The class the covering grid above samples in pairs: each goal, level, equipment set, number of
  // days, and no condition or each one, three seeds each. Before this test, 154 of these 5,184
  // requests gave a program with a warning the request does not force (99 findings of a
  // condition's sets, 95 of a balance) and 6 were refused. 59 of the 60 beginner's strength
  // weeks with knee valgus of 2-6 days ended short of hip abduction or external rotation: their
  // ranges (glutes and hamstrings 4-7 sets) could not hold the condition's 6 sets besides a main
  // lift a session (now condition_allowance puts them on top). Six-day strength weeks kept knee flexion short of its
  // balance: two hinges a week took the hamstrings' room (now the second main lift is a squat
  // pattern), and with quad dominance the posterior openers given before the search filled the
  // calves, whose range a leg curl also counts in (now they are given after it, where missing).
  std::size_t programs = 0, strength_beginner_valgus = 0;
  for (int days = 1; days <= 6; ++days)
    for (int eq = 0; eq != 4; ++eq)
      for (int goal = 0; goal != 4; ++goal)
        for (int level = 0; level != 3; ++level)
          for (int condition = 0; condition != 6; ++condition)
            for (const std::uint64_t seed : {1U, 8U, 15U}) {
              const plan_request q = request_of({days, eq, goal, level, condition}, seed);
              const auto p = generate(q);
              INFO("days ", days, " equipment ", eq, " goal ", goal, " level ", level, " condition ", condition, " seed ", seed);
              REQUIRE_MESSAGE(p, str(p ? text_view{} : p.error().message));
              ++programs;
              if (goal == 1 && level == 0 && condition == 1) ++strength_beginner_valgus;
              const finding_kind_set forced = forced_warnings(q);
              for (const auto& f : analyse(*p, options_for(q)).findings)
                if (f.severity == severity::error || (f.severity == severity::warning && !forced.contains(f.kind)))
                  FAIL_CHECK(str(f.message()));
            }
  MESSAGE("programs ", programs, ", of them beginners' strength weeks with knee valgus ", strength_beginner_valgus);
  CHECK(programs == 5184);
  CHECK(strength_beginner_valgus == 72);
}

namespace {
// A strength week of `days` at `level` with `equipment` and `seed`.
plan_request strength_request(int days, training_level level, const equipment_set& equipment, std::uint64_t seed) {
  plan_request q{};
  q.days = static_cast<std::uint8_t>(days);
  q.goal = training_goal::strength;
  q.level = level;
  q.equipment = equipment;
  q.seed = seed;
  return q;
}
}  // namespace

TEST_CASE("quad dominance: every session opens with a posterior-chain exercise, over 20 seeds of the grid") {
  // A session whose posterior-chain openers have no room left (a six-day bodyweight strength
  // week of a beginner: the calves at their range's top on a calf day) gets no other first set
  // after the search, so it is a rest day rather than a day that opens with a hanging knee
  // raise (7 of these 5,760 programs did, seeds 4, 5, 6, 10, 12, 18 and 19 of that week).
  std::size_t programs = 0;
  for (int days = 1; days <= 6; ++days)
    for (int eq = 0; eq != 4; ++eq)
      for (int goal = 0; goal != 4; ++goal)
        for (int level = 0; level != 3; ++level)
          for (std::uint64_t seed = 0; seed != 20; ++seed) {
            const plan_request q = request_of({days, eq, goal, level, 3}, seed);  // 3: quad dominance
            const auto p = generate(q);
            INFO("days ", days, " equipment ", eq, " goal ", goal, " level ", level, " seed ", seed);
            REQUIRE_MESSAGE(p, str(p ? text_view{} : p.error().message));
            ++programs;
            for (const auto& f : analyse(*p, options_for(q)).findings)
              if (f.kind == finding_kind::condition_unmet) FAIL_CHECK(str(f.message()));
          }
  CHECK(programs == 5760);
}

TEST_CASE("knee valgus in a strength week: the condition's sets at every level, with any equipment and 60-90 minutes") {
  // The narrowest case of the class above: a strength week holds one set of its main lift a
  // session before the search, so a condition's isolations stay at one set a session within
  // its shape. Without the seeds past the shape, 19 of 1,849 such programs (days 1-6, six
  // equipment sets, three levels, 45-90 minutes, seeds 1-5) ended short of hip abduction or
  // external rotation.
  const equipment_set sets[] = {equipment_set{},
                                equipment_set{equipment::dumbbell},
                                equipment_set{equipment::barbell, equipment::dumbbell},
                                equipment_set{equipment::band, equipment::dumbbell},
                                equipment_set{equipment::dumbbell, equipment::machine},
                                equipment_set::all()};
  std::size_t programs = 0, refused = 0;
  for (int days = 1; days <= 6; ++days)
    for (const equipment_set& equipment : sets)
      for (int level = 0; level != 3; ++level)
        for (const std::uint32_t minutes : {60U, 75U, 90U})
          for (std::uint64_t seed = 1; seed != 4; ++seed) {
            plan_request q = strength_request(days, static_cast<training_level>(level), equipment, seed);
            q.minutes = minutes;
            q.conditions.insert(condition::knee_valgus);
            const auto p = generate(q);
            INFO("days ", days, " equipment ", equipment.bits, " level ", level, " minutes ", minutes, " seed ", seed);
            if (!p) {
              ++refused;
              CHECK(str(p.error().message).starts_with("sinew: minutes:"));  // strength's rests: a session too short
              continue;
            }
            ++programs;
            const finding_kind_set forced = forced_warnings(q);
            for (const auto& f : analyse(*p, options_for(q)).findings)
              if (f.severity != severity::info && !(f.severity == severity::warning && forced.contains(f.kind)))
                FAIL_CHECK(str(f.message()));
          }
  MESSAGE("programs ", programs, ", refused for the minutes ", refused);
  CHECK(programs > 700);  // of 972
}

TEST_CASE("a strength week in a gym is never refused: a set moves to an action short of its minimum") {
  // Before the search could move a set (one fewer on an exercise, one more on a short action's
  // exercise whose groups were at their maximum), 10 of these 360 requests were refused with
  // "no week on these days meets every weekly minimum and balance" (2 on two days, 8 on three)
  equipment_set gym{equipment::barbell, equipment::dumbbell, equipment::machine, equipment::cable};
  std::size_t refused = 0, tried = 0;
  for (const equipment_set& equipment : {gym, equipment_set::all()})
    for (int days = 2; days != 5; ++days)
      for (int level = 0; level != 3; ++level)
        for (std::uint64_t seed = 0; seed != 20; ++seed) {
          const plan_request q = strength_request(days, static_cast<training_level>(level), equipment, seed);
          ++tried;
          const auto p = generate(q);
          if (p) continue;
          ++refused;
          FAIL_CHECK("days ", days, " level ", level, " seed ", seed, ": ", str(p.error().message));
        }
  MESSAGE("strength weeks refused: ", refused, " of ", tried);
  CHECK(tried == 360);
}

TEST_CASE("a week only two sets at once can finish is generated: the stuck search's pairs, pruned by their bends") {
  // Strength weeks in a gym with the glutes prioritised, on 4 and 5 days: when no single set lowers
  // the score, the search tries two at once. It skips a pair whose sets, with how the terms they
  // share bend between them, cannot close more; a bend it left out (the balances, the chains, a
  // group's first sessions) would skip pairs that close it. 5 of these 96 requests are refused;
  // without the pairs, or with pairs judged by their sets alone, 23 are.
  const group_id glutes_id = *builtin_model::find_group("glutes");
  std::size_t refused = 0, tried = 0;
  for (int days = 4; days != 6; ++days)
    for (int c = 0; c != 6; ++c)
      for (std::uint64_t seed = 0; seed != 8; ++seed) {
        plan_request q = strength_request(days, training_level::intermediate, equipment_set::all(), seed);
        if (c != 0) q.conditions.insert(static_cast<condition>(c - 1));
        q.priorities.groups.insert(glutes_id);
        ++tried;
        const auto p = generate(q);
        if (!p) {
          ++refused;
          continue;
        }
        for (const auto& f : analyse(*p, options_for(q)).findings) CHECK(f.severity != severity::error);
      }
  MESSAGE("refused: ", refused, " of ", tried);
  CHECK(tried == 96);
  CHECK(refused <= 5);
}

TEST_CASE("a minutes error means the minutes: the same request with 240 minutes gives a program") {
  std::size_t errors = 0, tried = 0;
  for (const row& r : covering_rows())
    for (const unsigned minutes : {15U, 25U, 40U})
      for (std::uint64_t seed = 0; seed != 2; ++seed) {
        plan_request q = request_of(r, seed);
        q.minutes = minutes;
        ++tried;
        const auto p = generate(q);
        if (p || !str(p.error().message).starts_with("sinew: minutes: ")) continue;
        ++errors;
        INFO("days ", r.days, " equipment ", r.equipment, " goal ", r.goal, " level ", r.level, " condition ",
             r.condition, " seed ", seed, " minutes ", minutes);
        q.minutes = 240;
        const auto most = generate(q);
        CHECK_MESSAGE(most, str(most ? text_view{} : most.error().message));
      }
  MESSAGE("minutes errors ", errors, " of ", tried, " requests");
  CHECK(errors > 0);
}

TEST_CASE("errors name the input and why") {
  const auto message = [](const plan_request& q) {
    const auto p = generate(q);
    return p ? std::string{} : str(p.error().message);
  };
  plan_request q{};
  q.days = 0;
  CHECK(message(q).starts_with("sinew: days: "));
  q.days = 7;
  CHECK(message(q).starts_with("sinew: days: "));
  q = {};
  q.weekdays = {weekday::monday, weekday::tuesday, weekday::wednesday, weekday::thursday, weekday::friday,
                weekday::saturday, weekday::sunday};
  CHECK(message(q).starts_with("sinew: weekdays: "));
  q = {};
  q.minutes = 5;
  CHECK(message(q).starts_with("sinew: minutes: "));
  q = {};
  q.days = 1;
  q.minutes = 20;
  CHECK(message(q).starts_with("sinew: minutes: "));  // too few for the week's minimum in one session
  q = {};
  q.weeks = 0;
  CHECK(message(q).starts_with("sinew: weeks: "));
  q.weeks = 17;
  CHECK(message(q).starts_with("sinew: weeks: "));
  q = {};
  q.equipment = {};
  q.exclude.add(bodyweight_clamshell);  // the one built-in exercise that turns the hip out with the body alone
  q.priorities.actions.insert(*builtin_model::find_action("hip_external_rotation"));
  CHECK(message(q) == "sinew: exclude: nothing at hand but the excluded exercises trains hip external rotation");
  CHECK(generate(q).error().position == 0);
  q = {};
  q.equipment = {};
  q.require.add(barbell_back_squat);
  CHECK(message(q) == "sinew: require: an exercise needs equipment not at hand");
  CHECK(generate(q).error().position == 0);
  q = {};
  q.require.add(hip_thrust);
  q.exclude.add(hip_thrust);
  CHECK(message(q) == "sinew: require: an exercise is also excluded");
  q = {};
  q.conditions.insert(condition::lumbar_pain);
  q.require.add(barbell_back_squat);
  CHECK(message(q).starts_with("sinew: require: "));
  q = {};
  q.exclude.add(exercise_id{9999});
  CHECK(message(q).starts_with("sinew: exclude: "));
}

TEST_CASE("required exercises are in the week; excluded ones never") {
  plan_request q{};
  q.require.add(nordic_curl);
  q.exclude.add(leg_press);
  q.exclude.add(barbell_back_squat);
  for (std::uint64_t seed = 0; seed != 10; ++seed) {
    q.seed = seed;
    const auto p = generate(q);
    REQUIRE(p);
    bool found = false;
    for (const auto& e : p->entries()) {
      found = found || e.exercise == nordic_curl;
      CHECK(e.exercise != leg_press);
      CHECK(e.exercise != barbell_back_squat);
    }
    CHECK(found);
  }
}

TEST_CASE("weeks: the program runs them, with progressions and deloads") {
  plan_request q{};
  q.weeks = 12;
  const auto p = generate(q);
  REQUIRE(p);
  CHECK(p->length() == 12);
  CHECK(!p->progressions().empty());
  for (std::uint16_t w = 1; w <= 12; ++w) CHECK(week_of(*p, w).has_value());
}

namespace {
// A user's selection: the default, then the first exercise swapped for a user's
// record appended to the catalog when it fits the same role.
struct only_first_candidate {
  template <class Model>
  constexpr result<week_draft> select(const generation_context<Model>& c, const week_draft& w) const noexcept {
    auto d = default_selection{}.select(c, w);
    if (!d) return d;
    week_draft out = *d;
    for (std::size_t s = 0; s != out.count; ++s)
      for (std::size_t i = 0; i != out.sessions[s].count; ++i)
        if (out.sessions[s].items[i].role == exercise_role::knee_extensor) out.sessions[s].items[i].exercise = leg_extension;
    return out;
  }
};
struct fixed_reps {
  template <class Model>
  constexpr set_scheme scheme_for(const generation_context<Model>& c, const chosen_exercise& e) const noexcept {
    auto s = default_prescription{}.scheme_for(c, e);
    return s;
  }
};
}  // namespace

TEST_CASE("a user's block replaces one, the others stay") {
  plan_request q{};
  q.equipment = equipment_set::all();
  const auto parts = default_parts{}.with_selection(only_first_candidate{});
  const auto p = generate(q, builtin_catalog(), parts);
  REQUIRE(p);
  bool leg_ext = false;
  for (const auto& e : p->entries()) leg_ext = leg_ext || e.exercise == leg_extension;
  CHECK(leg_ext);
  const auto p2 = generate(q, builtin_catalog(), default_parts{}.with_prescription(fixed_reps{}));
  REQUIRE(p2);
  CHECK(*p2 == *generate(q));
}

TEST_CASE("a run-time catalog extending the built-in one: a user's exercise is chosen when it fits") {
  std::vector<exercise_record> catalog(builtin_catalog().begin(), builtin_catalog().end());
  exercise_record mine = info(clamshell);
  mine.equipment = {equipment::bodyweight};
  mine.id = "side_lying_clam";
  mine.name = "side lying clam";
  catalog.push_back(mine);
  const span<const exercise_record> cat{catalog.data(), catalog.size()};
  plan_request q{};
  q.equipment = {};
  q.exclude.add(bodyweight_clamshell);
  q.conditions.insert(condition::knee_valgus);
  CHECK_FALSE(generate(q).has_value());  // nothing else built in trains external rotation with the body alone
  const auto p = generate(q, cat);
  REQUIRE(p);
  bool mine_chosen = false;
  for (const auto& e : p->entries()) mine_chosen = mine_chosen || e.exercise.index == catalog.size() - 1;
  CHECK(mine_chosen);
  CHECK(analyse(*p, options_for(q), cat).findings.count_of(finding_kind::condition_unmet) == 0);
}

TEST_CASE("no heap allocation") {
  plan_request q{};
  q.weeks = 8;
  static result<program> p = program{};
  const auto before = sinew_bench::allocations.load();
  p = generate(q);
  const auto after = sinew_bench::allocations.load();
  CHECK(p.has_value());
  CHECK(after == before);
}

namespace {
/// The entries of a program's sessions as (session, exercise) pairs in order.
std::vector<std::vector<exercise_id>> exercises_by_session(const program& p) {
  std::vector<std::vector<exercise_id>> out;
  for (const auto& s : p.sessions()) {
    auto& v = out.emplace_back();
    for (const auto& b : p.blocks(s))
      for (const auto& e : p.entries(b)) v.push_back(e.exercise);
  }
  return out;
}
bool clean(const program& p, const plan_request& q) {
  const auto forced = forced_warnings(q);
  for (const auto& f : analyse(p, options_for(q)).findings)
    if (f.severity == severity::error || (f.severity == severity::warning && !forced.contains(f.kind))) return false;
  return true;
}
}  // namespace

TEST_CASE("replace one exercise, regenerate one session: the rest unchanged, the week still clean") {
  std::size_t replaced = 0, regenerated = 0, tried = 0;
  for (const row& r : covering_rows())
    for (std::uint64_t seed = 0; seed != 3; ++seed) {
      const plan_request q = request_of(r, seed);
      const auto p = generate(q);
      if (!p) continue;
      INFO("days ", r.days, " equipment ", r.equipment, " goal ", r.goal, " level ", r.level, " condition ",
           r.condition, " seed ", seed);
      const auto before = exercises_by_session(*p);
      for (std::size_t s = 0; s != before.size(); ++s) {
        ++tried;
        const std::size_t entry = before[s].size() > 1 ? 1 : 0;  // the first exercise after the warm-up
        const auto x = replace_exercise(*p, s, entry, q);
        if (x) {
          ++replaced;
          CHECK(check(*x).ok());
          CHECK(clean(*x, q));
          const auto after = exercises_by_session(*x);
          REQUIRE(after.size() == before.size());
          for (std::size_t t = 0; t != before.size(); ++t) {
            REQUIRE(after[t].size() == before[t].size());
            for (std::size_t i = 0; i != before[t].size(); ++i)
              if (t == s && i == entry) CHECK(after[t][i] != before[t][i]);
              else CHECK(after[t][i] == before[t][i]);
          }
        } else {
          CHECK(str(x.error().message).starts_with("sinew: replace: "));
        }
        const auto y = regenerate_session(*p, s, q);
        if (y) {
          ++regenerated;
          CHECK(check(*y).ok());
          CHECK(clean(*y, q));
          const auto after = exercises_by_session(*y);
          REQUIRE(after.size() == before.size());
          for (std::size_t t = 0; t != before.size(); ++t)
            if (t == s) CHECK(after[t] != before[t]);
            else CHECK(after[t] == before[t]);
        } else {
          CHECK(str(y.error().message).starts_with("sinew: regenerate: "));
        }
      }
    }
  // most sessions have another way to fill them (where the catalog allows)
  MESSAGE("replaced ", replaced, " regenerated ", regenerated, " of ", tried);
  CHECK(replaced * 2 > tried);
  CHECK(regenerated * 2 > tried);
  plan_request q{};
  const auto p = generate(q);
  REQUIRE(p);
  CHECK(str(replace_exercise(*p, 9, 0, q).error().message) == "sinew: replace: the program has no such session");
  CHECK(str(replace_exercise(*p, 0, 99, q).error().message) == "sinew: replace: the session has no such exercise");
  CHECK(str(regenerate_session(*p, 9, q).error().message) == "sinew: regenerate: the program has no such session");
}

TEST_CASE("groupings where the goal calls for them: endurance tri-sets, hypertrophy supersets when minutes are tight") {
  std::size_t tri = 0, super = 0;
  static std::deque<std::string> kept;
  for (int days = 1; days <= 6; ++days)
    for (const unsigned minutes : {30U, 40U, 50U, 60U})
      for (std::uint64_t seed = 0; seed != 5; ++seed)
        for (const training_goal goal : {training_goal::endurance, training_goal::hypertrophy}) {
          plan_request q{};
          q.days = static_cast<std::uint8_t>(days);
          q.minutes = minutes;
          q.equipment = equipment_set::all();
          q.goal = goal;
          q.seed = seed;
          const auto p = generate(q);
          if (!p) continue;
          INFO("days ", days, " minutes ", minutes, " seed ", seed);
          CHECK(check(*p).ok());
          CHECK(clean(*p, q));
          for (const auto& g : p->groupings()) {
            const auto entries = p->entries(g);
            if (g.kind == grouping_kind::tri_set) {
              ++tri;
              CHECK(goal == training_goal::endurance);
              for (const auto& e : entries) CHECK(info(e.exercise).mechanic == mechanic::isolation);
            } else {
              REQUIRE(g.kind == grouping_kind::superset);
              ++super;
              CHECK(goal == training_goal::hypertrophy);
              REQUIRE(entries.size() == 2);
              // antagonists: one extends the knee, the other flexes it
              const auto knee_ext = *builtin_model::find_action("knee_extension");
              const auto knee_flex = *builtin_model::find_action("knee_flexion");
              const auto a = info(entries[0].exercise).loads, b = info(entries[1].exercise).loads;
              CHECK(((a.contains(knee_ext) && b.contains(knee_flex)) || (a.contains(knee_flex) && b.contains(knee_ext))));
            }
          }
          const std::string& text = kept.emplace_back(text_of(*p));
          const auto back = parse_program(text_view{text.data(), text.size()});
          REQUIRE(back);
          CHECK(*back == *p);
        }
  CHECK(tri > 0);
  CHECK(super > 0);
}

namespace {
/// The split schedule by brute force, written from the scheduling header's paragraph: every
/// assignment of the six focuses to the sessions (6^n, none pruned), those where two sessions
/// closer than `need` days share no group, scored 10 per required group per session loading it
/// (up to two sessions), 4 per squat focus and 3 per hinge focus (up to two each); the first
/// of the highest score, in the order the focuses are numbered. Empty: no assignment keeps apart.
std::vector<std::size_t> split_by_brute_force(const std::vector<std::uint8_t>& days, std::uint32_t need,
                                              group_set required) {
  using M = builtin_model;
  const std::size_t n = days.size();
  std::vector<std::size_t> at(n, 0), best;
  int best_score = -1;
  std::size_t total = 1;
  for (std::size_t i = 0; i != n; ++i) total *= detail::split_focus_count;
  for (std::size_t code = 0; code != total; ++code) {
    // session 0 is the most significant digit, so codes rise in the search's order
    for (std::size_t i = n, c = code; i-- != 0; c /= detail::split_focus_count) at[i] = c % detail::split_focus_count;
    bool apart = true;
    for (std::size_t i = 0; i != n; ++i)
      for (std::size_t j = 0; j != i; ++j) {
        const int d = days[i] > days[j] ? days[i] - days[j] : days[j] - days[i];
        const auto shorter = static_cast<std::uint32_t>(std::min(d, 7 - d));
        apart = apart && !(shorter < need && detail::split_focus<M>(at[i]).intersects(detail::split_focus<M>(at[j])));
      }
    if (!apart) continue;
    int score = 0, squat = 0, hinge = 0;
    required.for_each([&](group_id g) {
      int sessions = 0;
      for (std::size_t i = 0; i != n; ++i) sessions += detail::split_focus<M>(at[i]).contains(g) ? 1 : 0;
      score += 10 * std::min(sessions, 2);
    });
    for (std::size_t i = 0; i != n; ++i) {
      squat += at[i] == 0 || at[i] == 4 ? 1 : 0;
      hinge += at[i] == 2 || at[i] == 4 ? 1 : 0;
    }
    score += 4 * std::min(squat, 2) + 3 * std::min(hinge, 2);
    if (score > best_score) {
      best_score = score;
      best = at;
    }
  }
  return best;
}
}  // namespace

TEST_CASE("the split schedule is the first assignment of the highest score: brute force agrees on every weekday set") {
  using M = builtin_model;
  std::size_t compared = 0, refused = 0;
  for (unsigned bits = 1; bits != 0x7FU; ++bits) {  // every set of 1-6 weekdays
    plan_request q{};
    std::vector<std::uint8_t> days;
    for (std::uint8_t d = 1; d <= 7; ++d)
      if ((bits >> (d - 1)) & 1U) {
        q.weekdays.insert(static_cast<weekday>(d));
        days.push_back(d);
      }
    for (const auto goal : {training_goal::hypertrophy, training_goal::strength, training_goal::endurance,
                            training_goal::general})
      for (const auto level : {training_level::beginner, training_level::intermediate, training_level::advanced})
        for (const std::uint32_t hours : {48U, 72U}) {
          q.goal = goal;
          q.level = level;
          auto c = detail::context_for<M>(q, builtin_catalog());
          c.options.recovery_hours_min = hours;
          const std::uint32_t need = (hours + 23U) / 24U;
          bool spaced = true;
          for (std::size_t i = 0; i != days.size(); ++i) {
            const std::uint32_t gap = i + 1 < days.size() ? days[i + 1] - days[i] : days[0] + 7U - days[i];
            spaced = spaced && (days.size() == 1 || gap >= need);
          }
          if (spaced) continue;  // full-body sessions: no split to search
          group_set required{};
          for (const auto& range : c.options.ranges_in_force())
            if (const auto g = M::find_group(range.group)) required.insert(*g);
          const auto expected = split_by_brute_force(days, need, required);
          const auto w = default_scheduling{}.schedule(c);
          INFO("weekdays ", bits, " goal ", static_cast<int>(goal), " level ", static_cast<int>(level), " hours ", hours);
          REQUIRE(w.has_value() == !expected.empty());
          if (!w) {
            ++refused;
            continue;
          }
          ++compared;
          REQUIRE(w->count == days.size());
          for (std::size_t i = 0; i != days.size(); ++i) {
            CHECK(w->sessions[i].day == days[i]);
            CHECK(w->sessions[i].focus == detail::split_focus<M>(expected[i]));
            CHECK(w->sessions[i].title == detail::split_titles[expected[i]]);
          }
        }
  }
  CHECK(compared > 500);
}

TEST_CASE("a context's prime groups and prime movers are its profile's, built-in, cached or derived") {
  using M = builtin_model;
  std::vector<exercise_record> catalog(builtin_catalog().begin(), builtin_catalog().end());
  const span<const exercise_record> runtime{catalog.data(), catalog.size()};  // the same records, not the built-in address
  plan_request q{};
  for (const int source : {0, 1, 2, 3}) {
    // 0: the built-in profiles; 1: a run-time catalog with room to cache; 2: with the cache
    // filled by the last 64 exercises (the others derived each time); 3: without a cache
    detail::profile_cache<M> cache{};
    auto c = detail::context_for<M>(q, source == 0 ? builtin_catalog() : runtime);
    CHECK(c.builtin == (source == 0));
    if (source == 1 || source == 2) c.profiles = &cache;
    const std::size_t filled_from = catalog.size() - cache.size;
    if (source == 2)
      for (std::size_t i = filled_from; i != catalog.size(); ++i) (void)c.profile(exercise_id{static_cast<std::uint16_t>(i)});
    for (std::size_t i = 0; i != catalog.size(); ++i) {
      const exercise_id e{static_cast<std::uint16_t>(i)};
      const auto reference = detail::derived_cache<M>::make(catalog[i]);
      INFO("source ", source, " exercise ", str(catalog[i].id));
      CHECK(c.prime_groups(e) == reference.prime_groups);
      CHECK(c.prime_movers(e) == reference.prime);
      CHECK(c.profile(e).prime_groups == reference.prime_groups);
      // the cache keeps the first exercises it is asked for, up to its room
      if (source == 1) CHECK(cache.count == std::min(i + 1, cache.size));
      if (source == 2) CHECK(cache.count == cache.size);
      if (source == 1 || source == 2)
        CHECK((std::find(cache.ids.begin(), cache.ids.begin() + static_cast<std::ptrdiff_t>(cache.count), e) !=
               cache.ids.begin() + static_cast<std::ptrdiff_t>(cache.count)) ==
              (source == 1 ? i < cache.size : i >= filled_from));
    }
  }
}

TEST_CASE("the program is the first round with the fewest unforced findings, written from its own week") {
  // The rounds replayed from the generator's own header: round k plans the request with seed
  // k == 0 ? seed : mix(seed + k), its program is analysed, and the first round with the fewest
  // findings the request does not force is kept; it stops at a round without any. When the
  // kept round is not the last one written, its week is written again (not planned again).
  using M = builtin_model;
  std::size_t compared = 0, kept_earlier = 0;
  for (int days = 1; days <= 6; ++days)
    for (int eq = 0; eq != 4; ++eq)
      for (int level = 0; level != 3; ++level)
        for (int condition = 0; condition != 4; ++condition) {
          // none, knee valgus; then each with the glutes put first (the requests whose rounds keep
          // warnings: a beginner's strength ranges leave the glutes no room past the priority)
          plan_request q = request_of({days, eq, static_cast<int>(training_goal::strength), level, condition % 2}, 1);
          if (condition >= 2) q.priorities.groups.insert(*M::find_group("glutes"));
          const auto generated = generate(q);
          if (!generated) continue;
          const finding_kind_set forced = forced_warnings(q);
          std::size_t best_faults = static_cast<std::size_t>(-1), best_round = generation_rounds, last_written = 0;
          std::string best_text;
          for (std::uint64_t round = 0; round != generation_rounds && best_faults != 0; ++round) {
            plan_request variant = q;
            if (round != 0) variant.seed = detail::mix(q.seed + round);
            const auto c = detail::context_for<M>(variant, builtin_catalog());
            const default_parts parts{};
            const auto scheduled = parts.scheduling.schedule(c);
            REQUIRE(scheduled);
            const auto week = detail::plan_week(c, parts, *scheduled);
            if (!week) continue;  // a minutes error: the generator tries the next round
            const auto p = detail::build_program<M, program_limits{}>(c, parts, *week);
            REQUIRE(p);
            last_written = round;
            std::size_t faults = 0;
            for (const auto& f : analyse(*p, options_for(q)).findings)
              if (f.severity != severity::info && !(f.severity == severity::warning && forced.contains(f.kind))) ++faults;
            if (faults < best_faults) {
              best_faults = faults;
              best_round = round;
              best_text = text_of(*p);
            }
          }
          INFO("days ", days, " equipment ", eq, " level ", level, " condition ", condition, " kept round ", best_round);
          REQUIRE(best_round != generation_rounds);
          CHECK(text_of(*generated) == best_text);
          ++compared;
          if (best_round != last_written) ++kept_earlier;
        }
  MESSAGE("compared ", compared, " programs; ", kept_earlier, " kept a round before the last one written");
  CHECK(compared > 100);
  CHECK(kept_earlier > 0);  // the case this test is about: the kept week written again
}

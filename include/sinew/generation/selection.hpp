// The selection block: which exercises each session holds, each with its role.
// The default scans the catalog once: an exercise is eligible when it is of the
// strength kind, moved (dynamic) or held (isometric), needs only the equipment
// at hand (bodyweight always is), is not excluded and keeps the conditions'
// spinal rules (lumbar pain: no high spinal load; no spinal loading: none at
// all, Legs That Actually Grow and Padron). Each role keeps the few eligible
// exercises the seed ranks first (exercises of the user's level or easier
// before harder ones; a compound hinge before one that is not, at any level),
// so the scan is linear in the catalog and the seed alone decides the variety.
// Each session takes the compounds its groups allow (a squat pattern and a
// hinge, never two heavy spinal loads in one session; where a session takes
// both, every second one lists its hinge first, since the volume block serves
// a session's first compound first), then one isolation per action the
// analysis requires covered (each group's actions, the calves in both knee
// positions, adduction to balance abduction), each in up to two sessions (two
// exercises in a one-session week), as primer or finisher; sessions take the
// candidates in turn, so they differ. Between the first and the second isolation
// of each role, each group of the week's days that no isolation and no session's
// first compound works as a prime mover (the shin; the lower back when no session
// opens with a deadlift) gets an exercise that works it (role `accessory`), in up
// to two sessions: one more scan keeps, per such group, the few eligible exercises
// the seed ranks first among those loading a primary action of its muscles. What a priority or condition asks that no
// role trains and no chosen exercise does (hip flexion, a prioritised muscle or
// group) gets the eligible exercise the seed ranks first that trains it, in up
// to two sessions. Under quad dominance each session holds a posterior-chain
// exercise to open with. A session still short of c.session_exercises_min
// exercises takes isolations of the roles it lacks, then second exercises of
// the roles it holds, then (role `accessory`) the eligible exercise the seed
// ranks first for each group of its day none of its exercises works as a prime
// mover. Exercises the request requires come first. Sets are
// left at 0: the volume block gives them. A user's Selection:
//   result<week_draft> select(const generation_context<Model>&, const week_draft&) const
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/traits.hpp>
#include <sinew/exercises/kinds.hpp>
#include <sinew/generation/draft.hpp>
#include <sinew/generation/volume.hpp>

namespace sinew {

template <class S, class Model>
concept Selection = requires(const S& s, const generation_context<Model>& c, const week_draft& w) {
  { s.select(c, w) } -> detail::convertible_to<result<week_draft>>;
};

namespace detail {

/// The calf muscles that cross the knee (the gastrocnemius), as the analysis'
/// calf rule reads them: those need a straight knee.
template <class Model>
constexpr muscle_set calf_across_knee() noexcept {
  muscle_set out{};
  const auto calves = Model::find_group("calves");
  if (!calves) return out;
  Model::members_of(*calves).for_each([&](muscle_id m) {
    bool knee = false;
    Model::joints_crossed_by(m).for_each([&](joint_id j) { knee = knee || Model::info(j).complex == joint_complex::knee; });
    if (knee) out.insert(m);
  });
  return out;
}

/// The request's equipment with bodyweight.
constexpr equipment_set at_hand(const plan_request& r) noexcept {
  equipment_set e = r.equipment;
  e.insert(equipment::bodyweight);
  return e;
}

/// Whether a record may be chosen at all for the request (equipment, kind, conditions).
constexpr bool eligible(const exercise_record& r, const plan_request& q) noexcept {
  if (r.kind != exercise_kind::strength) return false;
  if (r.contraction != contraction::dynamic && r.contraction != contraction::isometric) return false;
  if (!at_hand(q).includes(r.equipment) || r.equipment.empty()) return false;
  if (q.conditions.contains(condition::lumbar_pain) && r.spinal_load == spinal_load::high) return false;
  if (q.conditions.contains(condition::no_spinal_loading) && r.spinal_load != spinal_load::none) return false;
  return true;
}

/// The actions the roles are read from, looked up by name once per model (a
/// scan of a large catalog tests every record against every role).
template <class Model>
struct role_actions {
  action_id hip_ext = action_of<Model>("hip_extension"), knee_ext = action_of<Model>("knee_extension"),
            knee_flex = action_of<Model>("knee_flexion"), plantar = action_of<Model>("ankle_plantar_flexion"),
            abduction = action_of<Model>("hip_abduction"), external_rotation = action_of<Model>("hip_external_rotation"),
            adduction = action_of<Model>("hip_adduction");
};
template <class Model>
inline constexpr role_actions<Model> role_actions_of{};

/// How many actions a set holds, counted up to 3 (the roles ask for 1 or 2;
/// no population count, which is a library call without -mpopcnt).
constexpr std::size_t count_up_to_3(const action_set& s) noexcept {
  std::size_t n = 0;
  for (auto w : s.to_words())
    for (; w != 0 && n != 3; w &= w - 1) ++n;
  return n;
}

/// The roles a record can stand for, as bits (bit k: exercise_role k), read from its statement
/// alone (cheap: the scan of a large catalog derives no muscles); `loads` is
/// count_up_to_3(r.loads), counted once per record by a scan. Each role's rule:
///   knee_compound: dynamic compound loading hip and knee extension, and nothing else;
///   hinge: dynamic hinge loading hip extension, not knee extension;
///   knee_extensor, knee_flexor (dynamic), abductor, external_rotator, adductor: the one action;
///   calf_straight_knee, calf_bent_knee: dynamic plantar flexion alone, the knee straight or held bent;
///   glute_extension: dynamic isolation of hip extension, not a hinge, both legs at once.
template <class Model>
constexpr std::uint32_t role_mask(const exercise_record& r, std::size_t loads) noexcept {
  const role_actions<Model>& x = role_actions_of<Model>;
  const bool dynamic = r.contraction == contraction::dynamic, one = loads == 1;
  const bool hip_ext = r.loads.contains(x.hip_ext), knee_ext = r.loads.contains(x.knee_ext);
  const bool plantar = dynamic && one && r.loads.contains(x.plantar), bent = r.held_toward.contains(x.knee_flex);
  const auto bit = [](exercise_role role, bool fits) { return fits ? std::uint32_t{1} << static_cast<unsigned>(role) : 0U; };
  return bit(exercise_role::knee_compound, dynamic && r.mechanic == mechanic::compound && hip_ext && knee_ext && loads == 2) |
         bit(exercise_role::hinge, dynamic && r.pattern == movement_pattern::hinge && hip_ext && !knee_ext) |
         bit(exercise_role::knee_extensor, r.mechanic == mechanic::isolation && one && knee_ext) |
         bit(exercise_role::knee_flexor, dynamic && one && r.loads.contains(x.knee_flex)) |
         bit(exercise_role::abductor, one && r.loads.contains(x.abduction)) |
         bit(exercise_role::external_rotator, one && r.loads.contains(x.external_rotation)) |
         bit(exercise_role::adductor, one && r.loads.contains(x.adduction)) |
         bit(exercise_role::calf_straight_knee, plantar && !bent) | bit(exercise_role::calf_bent_knee, plantar && bent) |
         bit(exercise_role::glute_extension, dynamic && r.mechanic == mechanic::isolation && one && hip_ext &&
                                                 r.pattern != movement_pattern::hinge && r.laterality == laterality::bilateral);
}
/// Whether a record can stand for a role (role_mask's rule; no record stands for required,
/// warm_up or accessory).
template <class Model>
constexpr bool fits_role(const exercise_record& r, exercise_role role, std::size_t loads) noexcept {
  return ((role_mask<Model>(r, loads) >> static_cast<unsigned>(role)) & 1U) != 0;
}
template <class Model>
constexpr bool fits_role(const exercise_record& r, exercise_role role) noexcept {
  return fits_role<Model>(r, role, count_up_to_3(r.loads));
}

inline constexpr std::size_t candidates_per_role = 4;
inline constexpr exercise_id no_exercise{0xFFFF};

/// Where the seed ranks record `i` of the catalog for request `q` (smaller first): an exercise
/// above the user's level ranks after every one at it or below.
constexpr std::uint64_t rank_key(const exercise_record& r, const plan_request& q, std::size_t i) noexcept {
  const std::uint64_t harder = static_cast<unsigned>(r.difficulty) > static_cast<unsigned>(q.level) ? 1ULL << 62 : 0ULL;
  return harder | (mix(q.seed * 0x100000001B3ULL + i) >> 2);
}

/// Keeps exercise `e` among the candidates_per_role smallest keys of `ids`/`keys` (the first
/// `n`, smallest key first).
constexpr void offer_ranked(detail::array<exercise_id, candidates_per_role>& ids,
                            detail::array<std::uint64_t, candidates_per_role>& keys, std::uint8_t& n, exercise_id e,
                            std::uint64_t key) noexcept {
  std::size_t at = n;
  while (at != 0 && keys[at - 1] > key) --at;
  if (at == candidates_per_role) return;
  const std::size_t last = n < candidates_per_role ? n : candidates_per_role - 1;
  for (std::size_t k = last; k > at; --k) {
    ids[k] = ids[k - 1];
    keys[k] = keys[k - 1];
  }
  ids[at] = e;
  keys[at] = key;
  if (n < candidates_per_role) ++n;
}

/// Each role's best-ranked eligible exercises (smallest key first).
struct role_candidates {
  detail::array<detail::array<exercise_id, candidates_per_role>, exercise_role_count> ids{};
  detail::array<detail::array<std::uint64_t, candidates_per_role>, exercise_role_count> keys{};
  detail::array<std::uint8_t, exercise_role_count> count{};
  exercise_id warm_up{};
  bool has_warm_up = false;
  std::uint64_t warm_up_key = 0;

  constexpr void offer(exercise_role role, exercise_id e, std::uint64_t key) noexcept {
    const auto r = static_cast<std::size_t>(role);
    offer_ranked(ids[r], keys[r], count[r], e, key);
  }
};

template <class Model>
constexpr role_candidates rank_candidates(const generation_context<Model>& c) noexcept {
  role_candidates out{};
  const plan_request& q = *c.request;
  for (std::size_t i = 0; i != c.catalog.size(); ++i) {
    const exercise_record& r = c.catalog[i];
    const exercise_id id{static_cast<std::uint16_t>(i)};
    if (q.exclude.contains(id)) continue;
    const std::uint64_t key = rank_key(r, q, i);
    if (r.kind == exercise_kind::mobility && r.contraction == contraction::dynamic && at_hand(q).includes(r.equipment) &&
        r.spinal_load == spinal_load::none && (!out.has_warm_up || key < out.warm_up_key)) {
      out.warm_up = id;
      out.warm_up_key = key;
      out.has_warm_up = true;
    }
    if (!eligible(r, q)) continue;
    const std::uint32_t roles = role_mask<Model>(r, count_up_to_3(r.loads));
    for (std::size_t role = 0; role != static_cast<std::size_t>(exercise_role::required); ++role)
      if (((roles >> role) & 1U) != 0) {
        // a hinge that is a compound lift (a deadlift, not a back extension) ranks first, at any level
        const bool lesser = static_cast<exercise_role>(role) == exercise_role::hinge && r.mechanic != mechanic::compound;
        out.offer(static_cast<exercise_role>(role), id, lesser ? key | 1ULL << 63 : key);
      }
  }
  return out;
}

/// What leaves an action the request asks for without an exercise: the equipment at hand, the
/// exercises the request excludes, or a condition's spinal rule (lumbar pain, no spinal loading).
enum class untrainable_cause : std::uint8_t { equipment, exclude, condition };

/// A message naming the action and the input that leaves nothing to train it (literals: an
/// error views its text).
template <class Model>
constexpr text_view nothing_trains(action_id a, untrainable_cause cause = untrainable_cause::equipment) noexcept {
  struct row {
    text_view action, equipment, exclude, condition;
  };
  constexpr row rows[] = {
      {"hip_abduction", "sinew: equipment: nothing at hand trains hip abduction",
       "sinew: exclude: nothing at hand but the excluded exercises trains hip abduction",
       "sinew: condition: nothing at hand that spares the spine as the conditions ask trains hip abduction"},
      {"hip_adduction", "sinew: equipment: nothing at hand trains hip adduction",
       "sinew: exclude: nothing at hand but the excluded exercises trains hip adduction",
       "sinew: condition: nothing at hand that spares the spine as the conditions ask trains hip adduction"},
      {"hip_external_rotation", "sinew: equipment: nothing at hand trains hip external rotation",
       "sinew: exclude: nothing at hand but the excluded exercises trains hip external rotation",
       "sinew: condition: nothing at hand that spares the spine as the conditions ask trains hip external rotation"},
      {"hip_extension", "sinew: equipment: nothing at hand trains hip extension",
       "sinew: exclude: nothing at hand but the excluded exercises trains hip extension",
       "sinew: condition: nothing at hand that spares the spine as the conditions ask trains hip extension"},
      {"knee_extension", "sinew: equipment: nothing at hand trains knee extension",
       "sinew: exclude: nothing at hand but the excluded exercises trains knee extension",
       "sinew: condition: nothing at hand that spares the spine as the conditions ask trains knee extension"},
      {"knee_flexion", "sinew: equipment: nothing at hand trains knee flexion",
       "sinew: exclude: nothing at hand but the excluded exercises trains knee flexion",
       "sinew: condition: nothing at hand that spares the spine as the conditions ask trains knee flexion"},
      {"ankle_plantar_flexion", "sinew: equipment: nothing at hand trains ankle plantar flexion",
       "sinew: exclude: nothing at hand but the excluded exercises trains ankle plantar flexion",
       "sinew: condition: nothing at hand that spares the spine as the conditions ask trains ankle plantar flexion"},
  };
  for (const row& r : rows)
    if (Model::has(a) && Model::info(a).id == r.action)
      return cause == untrainable_cause::exclude ? r.exclude : cause == untrainable_cause::condition ? r.condition : r.equipment;
  // an action without a row: the error's position names it (the action's index; for exclude:,
  // the excluded exercise's index in its list)
  return cause == untrainable_cause::exclude ? "sinew: exclude: nothing at hand but the excluded exercises trains an action the request asks for"
         : cause == untrainable_cause::condition
             ? "sinew: condition: nothing at hand that spares the spine as the conditions ask trains an action the request asks for"
             : "sinew: equipment: nothing at hand trains an action the request asks for";
}

}  // namespace detail

/// The default selection (see the header's paragraph).
struct default_selection {
  template <class Model>
  [[nodiscard]] constexpr result<week_draft> select(const generation_context<Model>& c, const week_draft& in) const noexcept {
    // the draft is written where the result returns it (every return is `out`: one copy of
    // ~14 KB, not two)
    result<week_draft> out{in};
    week_draft& w = *out;
    const plan_request& q = *c.request;
    detail::role_candidates own{};
    if (c.ranked == nullptr) own = detail::rank_candidates(c);
    const detail::role_candidates& cand = c.ranked != nullptr ? *c.ranked : own;
    const std::size_t n = w.count;
    if (n == 0) return out;
    // required exercises, each in the session with room whose groups allow it
    for (std::size_t k = 0; k != q.require.size(); ++k) {
      const exercise_id e = q.require.items[k];
      const auto prof = c.profile(e);
      std::size_t best = n;
      for (std::size_t s = 0; s != n; ++s)
        if (w.sessions[s].focus.includes(prof.prime_groups) && (best == n || w.sessions[s].count < w.sessions[best].count))
          best = s;
      if (best == n) {
        error err{"sinew: require: an exercise loads groups that no session of this schedule may load"};
        err.position = k;
        out = err;
        return out;
      }
      w.sessions[best].add({e, exercise_role::required, 0, {}, block_role::working});
    }
    const auto fits = [&](std::size_t s, exercise_id e) {
      return !w.sessions[s].holds(e) && w.sessions[s].focus.includes(c.prime_groups(e));
    };
    // exercise e, with `role`, in up to two sessions whose groups allow it and that have room, the
    // session with the fewest exercises first; how many took it
    const auto place_twice = [&](exercise_id e, exercise_role role) {
      std::size_t placed = 0;
      for (; placed != 2; ++placed) {
        std::size_t at = n;
        for (std::size_t s = 0; s != n; ++s)
          if (fits(s, e) && w.sessions[s].count + 2 <= max_session_exercises &&
              (at == n || w.sessions[s].count < w.sessions[at].count))
            at = s;
        if (at == n) break;
        w.sessions[at].add({e, role, 0, {}, block_role::working});
      }
      return placed;
    };
    // a candidate of `role` for session s, taken in turn so sessions differ; npos when none fits
    const auto pick = [&](exercise_role role, std::size_t s, std::size_t turn, bool spare_spine) -> exercise_id {
      const auto r = static_cast<std::size_t>(role);
      const std::size_t m = cand.count[r];
      // a hinge: the compound lifts in turn first, then the others
      for (std::size_t pass = role == exercise_role::hinge ? 0 : 1; pass != 2; ++pass)
        for (std::size_t k = 0; k != m; ++k) {
          const exercise_id e = cand.ids[r][(turn + k) % m];
          if (pass == 0 && c.record(e).mechanic != mechanic::compound) continue;
          if (spare_spine && c.record(e).spinal_load == spinal_load::high) continue;
          if (fits(s, e)) return e;
        }
      return detail::no_exercise;
    };
    const auto high_spine = [&](std::size_t s) {
      for (const auto& it : w.sessions[s].exercises())
        if (c.record(it.exercise).spinal_load == spinal_load::high) return true;
      return false;
    };
    const std::size_t turn0 = static_cast<std::size_t>(detail::mix(q.seed) % 4U);
    constexpr auto first_isolation = static_cast<std::size_t>(exercise_role::knee_extensor);
    constexpr std::size_t isolation_roles = static_cast<std::size_t>(exercise_role::required) - first_isolation;
    // compounds: in every session whose groups allow them. The volume block gives the
    // first compound of a session its set before any other work, so where a session takes
    // both, every second such session lists its hinge first: the week keeps both patterns.
    std::size_t both = 0;
    for (std::size_t s = 0; s != n; ++s) {
      const exercise_id h = pick(exercise_role::hinge, s, turn0 + s, false);
      const bool takes_both = pick(exercise_role::knee_compound, s, turn0 + s, false) != detail::no_exercise &&
                              h != detail::no_exercise && c.record(h).mechanic == mechanic::compound;
      const bool hinge_first = takes_both && both++ % 2 == 1;
      for (const auto role : {hinge_first ? exercise_role::hinge : exercise_role::knee_compound,
                              hinge_first ? exercise_role::knee_compound : exercise_role::hinge}) {
        bool present = false;
        for (const auto& it : w.sessions[s].exercises()) present = present || detail::fits_role<Model>(c.record(it.exercise), role);
        if (present) continue;
        exercise_id e = pick(role, s, turn0 + s, high_spine(s));
        if (e == detail::no_exercise) continue;
        w.sessions[s].add({e, role, 0, {}, block_role::working});
      }
    }
    // every group of the week's days that no chosen exercise works as a prime mover (the shin;
    // the lower back in a week without a deadlift), once each role has its first isolation and
    // before any role takes a second: an exercise that works it, in up to two sessions whose
    // groups allow it (place_twice: the session with the fewest exercises first). One scan of the catalog keeps,
    // for each such group, the few eligible exercises the seed ranks first among those loading a
    // primary action of its muscles; the first of them whose derived prime movers hold the group
    // is taken (a scan derives no muscles: a run-time catalog derives the few it keeps)
    const auto cover_groups = [&]() {
      group_set days{}, worked{};
      for (std::size_t s = 0; s != n; ++s) {
        days |= w.sessions[s].focus;
        // what is sure of a set: each isolation's work and the session's first compound's (the
        // volume block gives it the first set; a second compound may get none)
        bool compound = false;
        for (const auto& it : w.sessions[s].exercises()) {
          const bool main_lift = it.role == exercise_role::knee_compound || it.role == exercise_role::hinge;
          if (!main_lift || !compound) worked |= c.prime_groups(it.exercise);
          compound = compound || main_lift;
        }
      }
      const group_set open = days - worked;
      if (!open.empty()) {
        struct kept_few {
          detail::array<exercise_id, detail::candidates_per_role> ids{};
          detail::array<std::uint64_t, detail::candidates_per_role> keys{};
          std::uint8_t count = 0;
        };
        detail::array<kept_few, Model::group_count> few{};
        detail::array<action_set, Model::group_count> acts{};
        open.for_each([&](group_id g) {
          if (!Model::has(g)) return;
          Model::members_of(g).for_each([&](muscle_id m) { acts[g.index] |= Model::info(m).primary_actions; });
        });
        for (std::size_t i = 0; i != c.catalog.size(); ++i) {
          const exercise_record& r = c.catalog[i];
          const exercise_id id{static_cast<std::uint16_t>(i)};
          if (!detail::eligible(r, q) || q.exclude.contains(id)) continue;
          open.for_each([&](group_id g) {
            if (!Model::has(g) || !r.loads.intersects(acts[g.index])) return;
            detail::offer_ranked(few[g.index].ids, few[g.index].keys, few[g.index].count, id, detail::rank_key(r, q, i));
          });
        }
        open.for_each([&](group_id g) {
          if (!Model::has(g) || worked.contains(g)) return;
          for (std::size_t x = 0; x != few[g.index].count; ++x) {
            const exercise_id e = few[g.index].ids[x];
            if (!c.prime_groups(e).contains(g)) continue;
            if (place_twice(e, exercise_role::accessory) == 0) continue;
            worked |= c.prime_groups(e);
            return;
          }
        });
      }
    };
    // isolations: each role once, then each role a second time (in another session, or a
    // second exercise when the week has one session), the session with the fewest exercises first
    for (std::size_t placed = 0; placed != 2; ++placed) {
      if (placed == 1) cover_groups();
      for (std::size_t role = static_cast<std::size_t>(exercise_role::knee_extensor);
           role != static_cast<std::size_t>(exercise_role::required); ++role) {
        const auto rr = static_cast<exercise_role>(role);
        std::size_t best = n;
        exercise_id chosen = detail::no_exercise;
        for (std::size_t k = 0; k != n; ++k) {
          const std::size_t s = (k + role + turn0) % n;
          std::size_t present = 0;
          for (const auto& it : w.sessions[s].exercises()) present += it.role == rr ? 1U : 0U;
          if (present > (n == 1 ? placed : 0U) || w.sessions[s].count + 2 > max_session_exercises) continue;
          const exercise_id e = pick(rr, s, turn0 + s + placed, false);
          if (e == detail::no_exercise) continue;
          if (best == n || w.sessions[s].count < w.sessions[best].count) {
            best = s;
            chosen = e;
          }
        }
        if (best == n) continue;
        w.sessions[best].add({chosen, rr, 0, {}, block_role::working});
      }
    }
    // what the request asks that no role trains alone and no chosen exercise trains (a
    // priority on the hip flexors, the peroneals, a muscle): the eligible exercise the seed
    // ranks first that trains it, in up to two sessions whose groups allow it (the fewest
    // exercises first)
    // the eligible exercise the seed ranks first (of the user's level or easier first) that `trains`
    const auto ranked_first = [&](const auto& trains) {
      exercise_id best = detail::no_exercise;
      std::uint64_t best_key = 0;
      for (std::size_t i = 0; i != c.catalog.size(); ++i) {
        const exercise_record& r = c.catalog[i];
        const exercise_id id{static_cast<std::uint16_t>(i)};
        if (q.exclude.contains(id) || !detail::eligible(r, q) || !trains(id)) continue;
        const std::uint64_t key = detail::rank_key(r, q, i);
        if (best == detail::no_exercise || key < best_key) {
          best = id;
          best_key = key;
        }
      }
      return best;
    };
    const auto add_trainer = [&](const auto& trains) {
      for (std::size_t s = 0; s != n; ++s)
        for (const auto& it : w.sessions[s].exercises())
          if (trains(it.exercise)) return;
      const exercise_id best = ranked_first(trains);
      if (best == detail::no_exercise) return;
      place_twice(best, exercise_role::required);
    };
    detail::asked_actions<Model>(q).for_each([&](action_id a) {
      if (Model::has(a) && detail::role_for_action<Model>(a) == exercise_role::required)
        add_trainer([&](exercise_id e) { return c.record(e).loads.contains(a); });
    });
    q.priorities.groups.for_each([&](group_id g) {
      if (Model::has(g)) add_trainer([&](exercise_id e) { return c.prime_groups(e).contains(g); });
    });
    q.priorities.muscles.for_each([&](muscle_id m) {
      if (Model::has(m)) add_trainer([&](exercise_id e) { return c.prime_movers(e).contains(m); });
    });
    // quad dominance: every session holds posterior-chain work to open with
    if (q.conditions.contains(condition::quad_dominance)) {
      const muscle_set posterior = Model::muscles_on_chain(chain::posterior);
      for (std::size_t s = 0; s != n; ++s) {
        bool has = false;
        for (const auto& it : w.sessions[s].exercises())
          has = has || (c.record(it.exercise).contraction == contraction::dynamic && c.prime_movers(it.exercise).intersects(posterior));
        for (const auto role : {exercise_role::hinge, exercise_role::knee_flexor, exercise_role::glute_extension,
                                exercise_role::calf_straight_knee, exercise_role::calf_bent_knee}) {
          if (has || w.sessions[s].count + 1 > max_session_exercises) break;
          const exercise_id e = pick(role, s, turn0 + s, high_spine(s));
          if (e == detail::no_exercise || !c.prime_movers(e).intersects(posterior)) continue;
          w.sessions[s].add({e, role, 0, {}, block_role::working});
          has = true;
        }
      }
    }
    // a session short of the exercises it should hold (c.session_exercises_min): isolations of
    // the roles it lacks, in turn, then second exercises of the roles it holds, where its
    // groups allow them (the volume block gives them sets as the week's ranges allow)
    for (std::size_t s = 0; s != n; ++s)
      for (std::size_t pass = 0; pass != 2; ++pass)
        for (std::size_t k = 0; k != isolation_roles; ++k) {
          if (w.sessions[s].count >= c.session_exercises_min || w.sessions[s].count + 2 > max_session_exercises) break;
          const auto rr = static_cast<exercise_role>(first_isolation + (k + s + turn0) % isolation_roles);
          bool present = false;
          for (const auto& it : w.sessions[s].exercises()) present = present || it.role == rr;
          if (pass == 0 && present) continue;
          const exercise_id e = pick(rr, s, turn0 + s + 1 + pass, false);
          if (e != detail::no_exercise) w.sessions[s].add({e, rr, 0, {}, block_role::working});
        }
    // then, for each group of its day that none of its exercises works as a prime mover (the hip
    // flexors, the shin, the peroneals: no role trains them alone), the eligible exercise the
    // seed ranks first that works it
    for (std::size_t s = 0; s != n; ++s) {
      group_set worked{};
      for (const auto& it : w.sessions[s].exercises()) worked |= c.prime_groups(it.exercise);
      (w.sessions[s].focus - worked).for_each([&](group_id g) {
        if (w.sessions[s].count >= c.session_exercises_min || w.sessions[s].count + 2 > max_session_exercises) return;
        const exercise_id e = ranked_first([&](exercise_id x) { return fits(s, x) && c.prime_groups(x).contains(g); });
        if (e != detail::no_exercise) w.sessions[s].add({e, exercise_role::accessory, 0, {}, block_role::working});
      });
    }
    // a warm-up first in every session
    if (cand.has_warm_up)
      for (std::size_t s = 0; s != n; ++s) w.sessions[s].add({cand.warm_up, exercise_role::warm_up, 2, {}, block_role::warm_up});
    return out;
  }
};

}  // namespace sinew

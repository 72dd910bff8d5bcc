// The plain values the generator's building blocks pass to one another: a week
// draft (sessions on days, each with the groups it may load and its chosen
// exercises with their role, sets, scheme and block), the weekly set targets,
// and the context every block reads (the request, the analysis options that
// judge the result, the catalog and what each exercise works). Each block takes
// and returns these values, so it can be tested, or replaced, alone.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/array.hpp>
#include <sinew/detail/traits.hpp>
#include <sinew/generation/request.hpp>
#include <sinew/programs/analysis.hpp>
#include <sinew/programs/findings.hpp>
#include <sinew/programs/program.hpp>
#include <sinew/result.hpp>
#include <sinew/span.hpp>

namespace sinew {

/// Why an exercise is in a session: the movement it stands for. The default
/// selection fills one role after another; the volume block adds sets to them;
/// the time budget trims the least important (the highest value) first.
enum class exercise_role : std::uint8_t {
  knee_compound,      ///< squat, lunge, leg press: hip and knee extension
  hinge,              ///< hip extension with the hamstrings as prime movers
  knee_extensor,     ///< isolation of knee extension: quadriceps
  knee_flexor,       ///< isolation of knee flexion: hamstrings
  abductor,          ///< hip abduction
  external_rotator,  ///< hip external rotation
  adductor,          ///< hip adduction
  calf_straight_knee,  ///< gastrocnemius and soleus
  calf_bent_knee,      ///< soleus alone (the knee bent slackens the gastrocnemius)
  glute_extension,     ///< hip thrust, bridge: glutes alone
  required,            ///< asked for by the request, whatever it trains
  warm_up,             ///< mobility before the work (not counted)
  accessory,           ///< a group no role trains (the shin), in up to two sessions, or for a session short of its exercises
};
inline constexpr std::size_t exercise_role_count = 13;

/// One exercise of a session draft: the exercise, its role, its sets (the
/// volume block sets them), its scheme (the prescription block), its block and
/// the grouping it is part of (the ordering block).
struct chosen_exercise {
  exercise_id exercise{};
  exercise_role role = exercise_role::required;
  std::uint8_t sets = 1;
  set_scheme scheme{};
  block_role block = block_role::working;
  /// 0: done alone; otherwise the exercises of a session with the same tag, side by side, are
  /// done back to back as one grouping of kind `grouping` (when they are as many as it holds).
  std::uint8_t grouped = 0;
  grouping_kind grouping = grouping_kind::superset;
  friend constexpr bool operator==(const chosen_exercise&, const chosen_exercise&) noexcept = default;
};

inline constexpr std::size_t max_session_exercises = 12;
inline constexpr std::size_t max_week_sessions = 7;

/// One session being planned: its day (1 Monday .. 7 Sunday), title, the groups
/// it may load (two sessions that share a group lie 48 h or more apart), and
/// its exercises in order.
struct session_draft {
  std::uint8_t day = 1;
  text_view title{};
  group_set focus{};
  detail::array<chosen_exercise, max_session_exercises> items{};
  std::size_t count = 0;

  [[nodiscard]] constexpr span<const chosen_exercise> exercises() const noexcept { return {items.data(), count}; }
  [[nodiscard]] constexpr bool holds(exercise_id e) const noexcept {
    for (std::size_t i = 0; i != count; ++i)
      if (items[i].exercise == e) return true;
    return false;
  }
  /// Appends; false when the session is full.
  constexpr bool add(const chosen_exercise& c) noexcept {
    if (count == max_session_exercises) return false;
    items[count++] = c;
    return true;
  }
  constexpr void erase(std::size_t i) noexcept {
    for (std::size_t k = i; k + 1 < count; ++k) items[k] = items[k + 1];
    if (i < count) --count;
  }
  friend constexpr bool operator==(const session_draft&, const session_draft&) noexcept = default;
};

/// A week being planned.
struct week_draft {
  detail::array<session_draft, max_week_sessions> sessions{};
  std::size_t count = 0;
  [[nodiscard]] constexpr span<const session_draft> all() const noexcept { return {sessions.data(), count}; }
  friend constexpr bool operator==(const week_draft&, const week_draft&) noexcept = default;
};

/// Weekly fractional set targets per group (by group index in the model; 0: no
/// target), the least the analysis accepts and the most the group may get; the least sets each action must get;
/// the most hard sets of one muscle in one session.
template <class Model>
struct volume_targets {
  detail::array<double, Model::group_count> group_min{};
  detail::array<double, Model::group_count> group_max{};
  /// The least the analysis accepts (below it: volume_low), closed before the targets.
  detail::array<double, Model::group_count> group_floor{};
  /// Past this, each set costs as much as a missing target set (0: none): room left for a priority.
  detail::array<double, Model::group_count> group_ceiling{};
  /// What a missing target set costs (a prioritised group's more).
  detail::array<double, Model::group_count> group_weight{};
  detail::array<double, Model::action_count> action_min{};
  double session_sets_max = 8.0;
};

/// What one exercise works, as the analysis counts it (its own profile).
template <class Model>
using exercise_profile = detail::exercise_profile<Model>;

namespace detail {
struct role_candidates;

/// The profiles generate has derived (a run-time catalog's exercises are
/// derived from their statement; the built-in ones are read from a table),
/// each at most once a generate.
template <class Model>
struct profile_cache {
  static constexpr std::size_t size = 64;
  detail::array<exercise_id, size> ids{};
  detail::array<exercise_profile<Model>, size> rows{};
  std::size_t count = 0;
};

/// The analysis' view of a profile_cache (its Profiles source): the generated program's
/// exercises are those generate derived, so analysing it derives none again.
template <class Model>
struct cached_profile_source {
  profile_cache<Model>* cache;
  exercise_profile<Model> scratch{};  ///< an exercise past the cache's room

  constexpr const exercise_profile<Model>& get(exercise_id id, const exercise_record& r) noexcept {
    return kept_profile<Model>(cache->ids, cache->rows, cache->count, scratch, id, r, derived_cache<Model>::make);
  }
};
}  // namespace detail

/// What every block reads: the request, the analysis options that will judge
/// the program (options_for(request)), the catalog and the seed.
template <class Model>
struct generation_context {
  const plan_request* request = nullptr;
  analysis_options options{};
  span<const exercise_record> catalog{};
  bool builtin = false;  ///< the built-in catalog on the built-in model: read the generated profiles
  /// The catalog ranked for this request and seed (detail::rank_candidates), when
  /// generate has it already: the default selection reads it instead of scanning again.
  const detail::role_candidates* ranked = nullptr;
  /// Where profile() keeps what it derives, when generate gives it room (else it derives each time).
  detail::profile_cache<Model>* profiles = nullptr;
  /// How much more a prioritised group's missing set weighs than another's.
  double priority_weight = 6.0;
  /// The exercises of main work a session holds, and the most a session holds with the same
  /// prime mover (4-8 a session, 1-3 a muscle: Liftosaur's program-design guide). The default
  /// selection offers at least the minimum where the session's groups allow; the default volume
  /// gives that many a set where the week's ranges, the hard sets and the minutes allow, and
  /// gives no set to an exercise past the maximum, except the work that covers what the
  /// analysis requires (a one-session week may need more). muscle_exercises_max is counted from
  /// 1 to 3 (0 reads as 1; past 3 it is not enforced). A block of your own changes them by passing
  /// the default block a copy of the context.
  std::size_t session_exercises_min = 4, session_exercises_max = 8, muscle_exercises_max = 3;

  [[nodiscard]] constexpr const exercise_record& record(exercise_id e) const noexcept { return catalog[e.index]; }
  /// The exercise's profile: muscles by role, group and chain roles.
  [[nodiscard]] constexpr exercise_profile<Model> profile(exercise_id e) const noexcept {
    return read_profile(e, [](const exercise_profile<Model>& kept) { return kept; });
  }
  /// profile(e).prime_groups and profile(e).prime, without copying the profile (the blocks'
  /// loops over candidates read them most).
  [[nodiscard]] constexpr group_set prime_groups(exercise_id e) const noexcept {
    return read_profile(e, [](const exercise_profile<Model>& kept) { return kept.prime_groups; });
  }
  [[nodiscard]] constexpr muscle_set prime_movers(exercise_id e) const noexcept {
    return read_profile(e, [](const exercise_profile<Model>& kept) { return kept.prime; });
  }
  /// `read` applied to the exercise's profile where it is kept (the generated one of a
  /// built-in exercise, or the cache's, derived into it when there is room), else to one
  /// derived for the call. (A visitor, not a pointer that may be null: g++'s -fsanitize=null
  /// does not fold an object's address compared with nullptr in constant evaluation.)
  template <class Read>
  [[nodiscard]] constexpr auto read_profile(exercise_id e, Read read) const noexcept {
    if constexpr (detail::is_same_v<Model, builtin_model>)
      if (builtin) return read(detail::builtin_profiles<Model>[e.index]);
    if (profiles != nullptr) {
      for (std::size_t i = 0; i != profiles->count; ++i)
        if (profiles->ids[i] == e) return read(profiles->rows[i]);
      if (profiles->count != profiles->size) {
        profiles->ids[profiles->count] = e;
        profiles->rows[profiles->count] = detail::derived_cache<Model>::make(catalog[e.index]);
        return read(profiles->rows[profiles->count++]);
      }
    }
    return read(detail::derived_cache<Model>::make(catalog[e.index]));
  }
  /// The figures the analysis assumes (rest between sets by goal).
  [[nodiscard]] constexpr figure_defaults figures() const noexcept {
    figure_defaults d = options.figures;
    d.rest_between_sets = options.rest_seconds();
    return d;
  }
};

namespace detail {
/// A deterministic 64-bit mix (splitmix64): the seed's only use, so the same
/// seed gives the same program on every compiler.
constexpr std::uint64_t mix(std::uint64_t x) noexcept {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}
template <class Model>
constexpr action_id action_of(text_view name) noexcept {
  const auto a = Model::find_action(name);
  return a ? *a : no_entity<action_id>;
}
template <class Model>
constexpr group_id group_of(text_view name) noexcept {
  const auto g = Model::find_group(name);
  return g ? *g : no_entity<group_id>;
}
/// The role that trains an action alone, or `required` when none does.
template <class Model>
constexpr exercise_role role_for_action(action_id a) noexcept {
  for (std::size_t role = 0; role != static_cast<std::size_t>(exercise_role::glute_extension); ++role) {
    const auto rr = static_cast<exercise_role>(role);
    if (rr == exercise_role::knee_compound || rr == exercise_role::hinge) continue;
    const text_view names[] = {"", "", "knee_extension", "knee_flexion", "hip_abduction", "hip_external_rotation",
                               "hip_adduction", "ankle_plantar_flexion", "ankle_plantar_flexion"};
    if (Model::has(a) && Model::info(a).id == names[role]) return rr;
  }
  return exercise_role::required;
}
/// Whether exercise `e` may open a session under quad dominance: dynamic (never an isometric
/// hold first: Legs That Actually Grow) with a prime mover on the posterior chain (`posterior`:
/// Model::muscles_on_chain(chain::posterior)), as the analysis' rule asks of a session's first
/// exercise. The ordering and the volume search read it.
template <class Model>
constexpr bool opens_posterior(const generation_context<Model>& c, exercise_id e, const muscle_set& posterior) noexcept {
  return c.record(e).contraction == contraction::dynamic && c.prime_movers(e).intersects(posterior);
}

}  // namespace detail

}  // namespace sinew

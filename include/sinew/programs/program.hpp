// A training program as a value: weeks of sessions placed on days, each session
// ordered blocks (warm-up, priming, working, finishing, cool-down: the session
// parts of Balanced Leg Muscles and Padron), each block exercise entries, alone or
// in a grouping (superset, compound set, tri-set, giant set, circuit). An entry
// names an exercise by its id in a catalog (the built-in one or a user's run-time
// one), never by a string, with its set scheme.
//
// Storage is flat and of fixed capacity (`program_limits`, a template argument):
// no allocation, usable in constant evaluation, and a limit that is hit is an
// error naming it. Weeks, sessions, blocks and entries are read as spans:
//
//   for (const auto& w : p.weeks())
//     for (const auto& s : p.sessions(w))
//       for (const auto& b : p.blocks(s))
//         for (const auto& e : p.entries(b)) ...
//
// Days are the days of a week, 1 (Monday) to 7 (Sunday), so the hours between two
// sessions are known: sessions written "day 1, day 2" are on consecutive days.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include <sinew/detail/array.hpp>
#include <sinew/detail/ascii.hpp>
#include <sinew/detail/exercise_name.hpp>
#include <sinew/exercises/catalog.hpp>
#include <sinew/programs/checks.hpp>
#include <sinew/programs/progression.hpp>
#include <sinew/programs/rules.hpp>
#include <sinew/programs/scheme_fit.hpp>
#include <sinew/result.hpp>
#include <sinew/schemes/grouping.hpp>
#include <sinew/span.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

enum class weekday : std::uint8_t { monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday };
namespace detail {
inline constexpr text_view weekday_names[] = {"",         "monday", "tuesday",  "wednesday",
                                              "thursday", "friday", "saturday", "sunday"};
/// The words a weekday is written with, Monday first: its name and its short forms
/// (a program file's day header, a weekday list on the command line).
inline constexpr text_view weekday_words[7][3] = {{"monday", "mon", ""},        {"tuesday", "tues", "tue"},
                                                   {"wednesday", "wed", ""},     {"thursday", "thurs", "thu"},
                                                   {"friday", "fri", ""},        {"saturday", "sat", ""},
                                                   {"sunday", "sun", ""}};
}  // namespace detail
[[nodiscard]] constexpr text_view name_of(weekday d) noexcept { return detail::name_in(detail::weekday_names, d); }

/// The capacity of a program, per kind of part. The defaults hold 16 weeks of
/// 4 sessions of 8 exercises; a program written with progressions needs only its
/// first week (week_of computes the others).
struct program_limits {
  std::size_t weeks = 16;
  std::size_t sessions = 64;
  std::size_t blocks = 192;
  std::size_t entries = 512;
  std::size_t groupings = 64;
  std::size_t progressions = 32;
};

/// A coach's label on an entry ("1.", "2A."): a number and an optional letter.
struct coach_label {
  std::uint8_t number = 0;  ///< 0: no label
  char letter = 0;          ///< 'A'..'Z', or 0
  [[nodiscard]] constexpr bool stated() const noexcept { return number != 0; }
  friend constexpr bool operator==(coach_label, coach_label) noexcept = default;
};

inline constexpr std::uint16_t no_grouping = 0xFFFF;

/// One exercise with its sets. `grouping` is the index of the program's grouping
/// it belongs to (program::grouping_of), or no_grouping.
struct program_entry {
  exercise_id exercise{};
  set_scheme scheme{};
  std::uint16_t grouping = no_grouping;
  coach_label label{};
  friend constexpr bool operator==(const program_entry&, const program_entry&) noexcept = default;
};

/// Exercises done back to back: their kind and rests; its entries are the
/// `entry_count` entries from `first_entry`, in one block.
struct program_grouping {
  grouping_kind kind = grouping_kind::superset;
  rest between_exercises{};
  rest between_rounds{};
  std::uint16_t first_entry = 0;
  std::uint16_t entry_count = 0;
  friend constexpr bool operator==(const program_grouping&, const program_grouping&) noexcept = default;
};

/// A part of a session: its role, an optional length ("warm-up 10-15min"), its entries.
struct program_block {
  block_role role = block_role::working;
  std::uint16_t min_length = 0;  ///< 0: no length stated
  std::uint16_t max_length = 0;
  time_unit length_unit = time_unit::minute;
  std::uint16_t first_entry = 0;
  std::uint16_t entry_count = 0;
  friend constexpr bool operator==(const program_block&, const program_block&) noexcept = default;
};

/// A session on a day of the week (1 Monday .. 7 Sunday), with an optional
/// title; the title views text that must outlive the program (a literal, or
/// the parsed file).
struct program_session {
  std::uint8_t day = 1;
  text_view title{};
  std::uint16_t first_block = 0;
  std::uint16_t block_count = 0;
  friend constexpr bool operator==(const program_session&, const program_session&) noexcept = default;
};

struct program_week {
  std::uint16_t number = 1;
  std::uint16_t first_session = 0;
  std::uint16_t session_count = 0;
  friend constexpr bool operator==(const program_week&, const program_week&) noexcept = default;
};

/// How one exercise progresses from week 1 (programs/progression.hpp).
struct exercise_progression {
  exercise_id exercise{};
  sinew::progression rule{};
  friend constexpr bool operator==(const exercise_progression&, const exercise_progression&) noexcept = default;
};

template <program_limits Limits>
class basic_program_builder;
namespace detail {
template <program_limits Limits, class Self>
class program_writing;
}

/// A program: its name (optional; views text like a session title) and its weeks.
/// Built with basic_program_builder, or read from text (programs/text.hpp).
template <program_limits Limits = program_limits{}>
class basic_program {
 public:
  static constexpr program_limits limits = Limits;
  text_view name{};

  [[nodiscard]] constexpr span<const program_week> weeks() const noexcept { return {weeks_.data(), week_count_}; }
  [[nodiscard]] constexpr span<const program_session> sessions() const noexcept {
    return {sessions_.data(), session_count_};
  }
  [[nodiscard]] constexpr span<const program_block> blocks() const noexcept { return {blocks_.data(), block_count_}; }
  [[nodiscard]] constexpr span<const program_entry> entries() const noexcept { return {entries_.data(), entry_count_}; }
  [[nodiscard]] constexpr span<const program_grouping> groupings() const noexcept {
    return {groupings_.data(), grouping_count_};
  }
  /// Each exercise's progression; an exercise without one repeats week 1.
  [[nodiscard]] constexpr span<const exercise_progression> progressions() const noexcept {
    return {progressions_.data(), progression_count_};
  }
  [[nodiscard]] constexpr const progression* progression_of(exercise_id e) const noexcept {
    for (std::size_t i = 0; i != progression_count_; ++i)
      if (progressions_[i].exercise == e) return &progressions_[i].rule;
    return nullptr;
  }
  /// The weeks the program runs: its last written week, or more when stated
  /// (`weeks: 12`): the weeks after the last written one repeat it, progressed.
  [[nodiscard]] constexpr std::uint16_t length() const noexcept {
    const std::uint16_t written = week_count_ == 0 ? std::uint16_t{0} : weeks_[week_count_ - 1].number;
    return length_ > written ? length_ : written;
  }
  /// The stated length (0: none stated; length() is the last written week).
  [[nodiscard]] constexpr std::uint16_t stated_length() const noexcept { return length_; }
  [[nodiscard]] constexpr span<const program_session> sessions(const program_week& w) const noexcept {
    return {sessions_.data() + w.first_session, w.session_count};
  }
  [[nodiscard]] constexpr span<const program_block> blocks(const program_session& s) const noexcept {
    return {blocks_.data() + s.first_block, s.block_count};
  }
  [[nodiscard]] constexpr span<const program_entry> entries(const program_block& b) const noexcept {
    return {entries_.data() + b.first_entry, b.entry_count};
  }
  [[nodiscard]] constexpr span<const program_entry> entries(const program_grouping& g) const noexcept {
    return {entries_.data() + g.first_entry, g.entry_count};
  }
  /// The grouping an entry belongs to, or nullptr when it stands alone.
  [[nodiscard]] constexpr const program_grouping* grouping_of(const program_entry& e) const noexcept {
    return e.grouping < grouping_count_ ? &groupings_[e.grouping] : nullptr;
  }
  /// The week a session belongs to (the last week whose sessions start at or before it).
  [[nodiscard]] constexpr const program_week& week_of(const program_session& s) const noexcept {
    const auto at = static_cast<std::size_t>(&s - sessions_.data());
    std::size_t w = 0;
    while (w + 1 < week_count_ && weeks_[w + 1].first_session <= at) ++w;
    return weeks_[w];
  }
  /// Days from Monday of week 1 to the session's day: 0 for week 1 Monday,
  /// 7 for week 2 Monday. The hours between two sessions are 24 times the
  /// difference of their days.
  [[nodiscard]] constexpr std::uint32_t day_number(const program_session& s) const noexcept {
    return (std::uint32_t{week_of(s).number} - 1U) * 7U + s.day - 1U;
  }

  friend constexpr bool operator==(const basic_program&, const basic_program&) noexcept = default;

 private:
  template <program_limits, class>
  friend class detail::program_writing;
  detail::array<program_week, Limits.weeks> weeks_{};
  detail::array<program_session, Limits.sessions> sessions_{};
  detail::array<program_block, Limits.blocks> blocks_{};
  detail::array<program_entry, Limits.entries> entries_{};
  detail::array<program_grouping, Limits.groupings> groupings_{};
  detail::array<exercise_progression, Limits.progressions> progressions_{};
  std::uint16_t week_count_ = 0;
  std::uint16_t progression_count_ = 0;
  std::uint16_t length_ = 0;
  std::uint16_t session_count_ = 0;
  std::uint16_t block_count_ = 0;
  std::uint16_t entry_count_ = 0;
  std::uint16_t grouping_count_ = 0;
};

using program = basic_program<>;

/// The first rule a program breaks and where: `rule` is the rule's name
/// (a program_rule, a scheme rule or a fit_rule), `message` its sentence; the
/// indexes locate the week, session, block and entry (into the program's spans),
/// `npos` where not relevant.
struct program_check {
  static constexpr std::uint16_t npos = 0xFFFF;
  text_view rule{};
  text_view message{};
  std::uint16_t week = npos;
  std::uint16_t session = npos;
  std::uint16_t block = npos;
  std::uint16_t entry = npos;
  std::uint16_t progression = npos;  ///< an index into progressions()
  [[nodiscard]] constexpr bool ok() const noexcept { return message.empty(); }
  friend constexpr bool operator==(const program_check&, const program_check&) noexcept = default;
};

namespace detail {
template <class R>
constexpr program_check broke(R r) noexcept {
  const auto st = statement_of(r, false);
  return {st.name, st.message};
}
}  // namespace detail

namespace detail {
/// A name or title as a program file can write it: no '#', no line break, no outer blank.
constexpr bool writable_text(text_view t) noexcept {
  if (t.empty()) return true;
  if (ascii::is_blank(t[0]) || ascii::is_blank(t[t.size() - 1])) return false;
  for (char c : t)
    if (c == '#' || c == '\n') return false;
  return true;
}

/// The first rule a progression's parameters break, beyond what computing a
/// week checks: parameters of another kind, values stored past a count, and
/// the wave's and deload's own shape (so the text states all of it).
constexpr program_check progression_problem(const progression& p) noexcept {
  const bool lin = p.linear != linear_progression{}, dp = p.reps_then_load != double_progression{},
             wv = p.wave != percentage_wave{};
  bool unused = false;
  switch (p.kind) {
    case progression_kind::none: unused = lin || dp || wv; break;
    case progression_kind::linear: unused = dp || wv; break;
    case progression_kind::double_progression: unused = lin || wv; break;
    case progression_kind::percentage_wave: unused = lin || dp; break;
    default: unused = true; break;
  }
  if (unused) return broke(program_rule::progression_unused_parameters);
  if (p.kind == progression_kind::double_progression && p.reps_then_load.rep_step == 0)
    return broke(progression_rule::rep_step_zero);
  if (p.kind == progression_kind::percentage_wave) {
    const auto& w = p.wave;
    if (w.count == 0 || w.count > max_wave_weeks) return broke(program_rule::progression_unwritable);
    for (std::size_t k = 0; k != max_wave_weeks; ++k) {
      const auto& week = w.weeks[k];
      if (k >= w.count) {
        if (week != wave_week{}) return broke(program_rule::progression_unwritable);
        continue;
      }
      if (week.count == 0 || week.count > max_listed_sets) return broke(program_rule::progression_unwritable);
      for (std::size_t i = 0; i != max_listed_sets; ++i) {
        const auto set = week.sets[i];
        if (i >= week.count ? set != wave_set{} : set.percent == 0 || set.percent > 1000 || set.reps == 0 || set.reps > 9999)
          return broke(program_rule::progression_unwritable);
      }
    }
    const auto tm = w.training_max;
    if ((tm.kind != load_kind::kg && tm.kind != load_kind::lb && tm.kind != load_kind::percent_1rm) || tm.tenths == 0 ||
        tm.tenths > load_ceiling(tm.kind) || (w.step_per_cycle != load{} && (w.step_per_cycle.kind != tm.kind || w.step_per_cycle.tenths == 0)))
      return broke(progression_rule::wave_training_max);
  }
  const auto& d = p.deload;
  if (d.listed > max_deload_weeks) return broke(program_rule::progression_unwritable);
  for (std::size_t i = 0; i != max_deload_weeks; ++i)
    if (i >= d.listed ? d.weeks[i] != 0 : d.weeks[i] == 0 || d.weeks[i] > 9999) return broke(program_rule::progression_unwritable);
  if (d.every == 1 || d.sets_percent < 10 || d.sets_percent > 1000 || d.load_percent < 10 || d.load_percent > 1000)
    return broke(progression_rule::deload_factor);
  return {};
}

/// Whether catalog entry `i` has an id a program file can write. Every built-in id
/// can (tests/exercises/static_builtin_catalog.cpp proves it), so at run time the
/// built-in catalog's are not read again: the generator checks each program it writes.
constexpr bool id_writable(span<const exercise_record> catalog, std::size_t i) noexcept {
  return (!detail::is_constant_evaluated() && is_builtin_catalog(catalog)) || writable_exercise_name(catalog[i].id);
}

/// The prime movers of catalog entry `e` under `Model` (the built-in index for
/// the built-in catalog and model).
template <class Model>
constexpr muscle_set targets_in(exercise_id e, span<const exercise_record> catalog) noexcept {
  if constexpr (detail::is_same_v<Model, builtin_model>)
    if (detail::holds_builtin_record(catalog, e.index)) return target_muscles(e);
  return target_muscles<Model>(catalog[e.index]);
}
}  // namespace detail

/// The first rule `p` breaks read with `catalog` (the built-in one by default):
/// week numbers rise from 1, days go forward within a week and lie in 1..7,
/// sessions and blocks hold exercises, every exercise is in the catalog, every
/// scheme is valid and fits its exercise (programs/scheme_fit.hpp), every
/// grouping keeps its kind's shape with its entries side by side in one block,
/// a compound set's two exercises share a target muscle (their prime movers
/// under `Model`, the anatomy the catalog's records derive in), and the
/// program holds nothing a program file cannot state (names and titles,
/// labels, block roles and units, progressions' parameters), so that
/// parse_program(format_program(p)) == p.
template <class Model = builtin_model, program_limits L>
[[nodiscard]] constexpr program_check check(const basic_program<L>& p,
                                            span<const exercise_record> catalog = builtin_catalog()) noexcept {
  if (!detail::writable_text(p.name)) return detail::broke(program_rule::text_unwritable);
  for (std::size_t pi = 0; pi != p.progressions().size(); ++pi) {
    const auto& pr = p.progressions()[pi];
    const auto at_progression = [&](program_check c) {
      c.progression = static_cast<std::uint16_t>(pi);
      return c;
    };
    if (pr.exercise.index >= catalog.size()) return at_progression(detail::broke(program_rule::exercise_not_in_catalog));
    if (!detail::id_writable(catalog, pr.exercise.index))
      return at_progression(detail::broke(program_rule::exercise_id_unwritable));
    for (std::size_t i = 0; i != pi; ++i)
      if (p.progressions()[i].exercise == pr.exercise) return at_progression(detail::broke(program_rule::progression_twice));
    if (const auto c = detail::progression_problem(pr.rule); !c.ok()) return at_progression(c);
  }
  if (p.stated_length() > 520) return detail::broke(program_rule::program_too_long);
  std::uint16_t previous_week = 0;
  for (std::size_t wi = 0; wi != p.weeks().size(); ++wi) {
    const auto& w = p.weeks()[wi];
    const auto at_week = [&](program_check c) {
      c.week = static_cast<std::uint16_t>(wi);
      return c;
    };
    if (w.number == 0) return at_week(detail::broke(program_rule::week_number_zero));
    if (w.number <= previous_week) return at_week(detail::broke(program_rule::weeks_out_of_order));
    if (w.number > 9999) return at_week(detail::broke(program_rule::week_number_too_large));
    previous_week = w.number;
    std::uint8_t previous_day = 0;
    for (std::size_t si = 0; si != w.session_count; ++si) {
      const auto session_index = static_cast<std::uint16_t>(w.first_session + si);
      const auto& s = p.sessions()[session_index];
      const auto at_session = [&](program_check c) {
        c = at_week(c);
        c.session = session_index;
        return c;
      };
      if (s.day < 1 || s.day > 7) return at_session(detail::broke(program_rule::day_outside_week));
      if (s.day < previous_day) return at_session(detail::broke(program_rule::days_out_of_order));
      previous_day = s.day;
      if (s.block_count == 0) return at_session(detail::broke(program_rule::session_empty));
      if (!detail::writable_text(s.title)) return at_session(detail::broke(program_rule::text_unwritable));
      for (std::size_t bi = 0; bi != s.block_count; ++bi) {
        const auto block_index = static_cast<std::uint16_t>(s.first_block + bi);
        const auto& b = p.blocks()[block_index];
        const auto at_block = [&](program_check c) {
          c = at_session(c);
          c.block = block_index;
          return c;
        };
        if (b.entry_count == 0) return at_block(detail::broke(program_rule::block_empty));
        if (b.min_length > b.max_length) return at_block(detail::broke(rule::block_range_inverted));
        if (b.min_length == 0 && b.max_length != 0) return at_block(detail::broke(rule::block_length_zero));
        if (b.max_length > 9999) return at_block(detail::broke(rule::number_too_large));
        if (b.role == block_role::none || b.role > block_role::cool_down) return at_block(detail::broke(program_rule::block_role_none));
        if (b.max_length == 0 && b.length_unit != time_unit::minute)
          return at_block(detail::broke(program_rule::block_unit_without_length));
        for (std::size_t ei = 0; ei != b.entry_count; ++ei) {
          const auto entry_index = static_cast<std::uint16_t>(b.first_entry + ei);
          const auto& e = p.entries()[entry_index];
          const auto at_entry = [&](program_check c) {
            c = at_block(c);
            c.entry = entry_index;
            return c;
          };
          if (e.exercise.index >= catalog.size()) return at_entry(detail::broke(program_rule::exercise_not_in_catalog));
          if (!detail::id_writable(catalog, e.exercise.index))
            return at_entry(detail::broke(program_rule::exercise_id_unwritable));
          if (const auto c = check(e.scheme); !c.ok()) return at_entry(detail::broke(c.rule));
          if (const auto f = check_fit(catalog[e.exercise.index], e.scheme); !f.ok())
            return at_entry(detail::broke(f.rule));
          if (e.label.letter != 0 && (e.label.number == 0 || e.label.letter < 'A' || e.label.letter > 'Z'))
            return at_entry(detail::broke(program_rule::label_malformed));
          if (e.grouping == no_grouping) {
            // "2A." alone after "2." ... "1A."? only a next letter after the same number joins a run
            if (e.label.letter != 0 && ei != 0) {
              const auto before = p.entries()[entry_index - 1].label;
              if (before.number == e.label.number && before.letter + 1 == e.label.letter)
                return at_entry(detail::broke(program_rule::label_joins_run));
            }
            continue;
          }
          if (e.grouping >= p.groupings().size()) return at_entry(detail::broke(program_rule::grouping_split));
          const auto& g = p.groupings()[e.grouping];
          if (entry_index < g.first_entry || entry_index >= g.first_entry + g.entry_count ||
              g.first_entry < b.first_entry || g.first_entry + g.entry_count > b.first_entry + b.entry_count)
            return at_entry(detail::broke(program_rule::grouping_split));
          if (entry_index != g.first_entry) continue;
          // The grouping's own shape, as a grouping of the exercises' names.
          grouping shape{};
          shape.kind = g.kind;
          shape.size = static_cast<std::uint8_t>(g.entry_count > max_grouping_entries ? max_grouping_entries + 1
                                                                                      : g.entry_count);
          shape.between_exercises = g.between_exercises;
          shape.between_rounds = g.between_rounds;
          for (std::size_t k = 0; k != g.entry_count && k != max_grouping_entries; ++k) {
            const auto& member = p.entries()[g.first_entry + k];
            shape.entries[k] = {member.exercise.index < catalog.size() ? catalog[member.exercise.index].name
                                                                        : text_view{"?"},
                                member.scheme};
          }
          if (const auto c = detail::check_grouping_shape(shape, false); !c.ok()) return at_entry(detail::broke(c.rule));
          // labels: none at all, or NA., NB., ... in order
          const auto first = p.entries()[g.first_entry].label;
          for (std::size_t k = 0; k != g.entry_count; ++k) {
            const auto l = p.entries()[g.first_entry + k].label;
            const bool fits = first.number == 0 ? l == coach_label{}
                                                : l.number == first.number && l.letter == static_cast<char>('A' + k);
            if (!fits) return at_entry(detail::broke(program_rule::grouping_labels));
          }
          if (g.kind == grouping_kind::compound_set && g.entry_count == 2 &&
              !detail::targets_in<Model>(p.entries()[g.first_entry].exercise, catalog)
                   .intersects(detail::targets_in<Model>(p.entries()[g.first_entry + 1].exercise, catalog)))
            return at_entry(detail::broke(rule::compound_set_no_shared_muscle));
        }
      }
    }
  }
  return {};
}

template <class Model = builtin_model, program_limits L>
[[nodiscard]] constexpr bool is_valid(const basic_program<L>& p,
                                      span<const exercise_record> catalog = builtin_catalog()) noexcept {
  return check<Model>(p, catalog).ok();
}

/// A program checked in constant evaluation: a broken rule stops compilation on
/// the rule's own line. `static_assert(is_valid(...))` says only that it failed.
template <program_limits L>
[[nodiscard]] consteval basic_program<L> checked(const basic_program<L>& p) noexcept {
  const auto c = check(p);
  if (!c.ok()) {
    stop_on_message<program_rule>(c.message);
    stop_on_message<rule>(c.message);
    stop_on_message<fit_rule>(c.message);
    stop_on_message<progression_rule>(c.message);
  }
  return p;
}

/// One exercise with its sets, as the builder takes it, and its coach's label
/// when it has one ("2A.").
struct entry_spec {
  exercise_id exercise{};
  set_scheme scheme{};
  coach_label label{};
};

namespace detail {
/// What basic_program_builder does, on the program `Self` gives (its program()): the
/// builder's own, or one held elsewhere (in_place_builder). The calls return `Self`.
template <program_limits Limits, class Self>
class program_writing {
 public:
  /// Starts week `number` (weeks rise: week 1, week 2, ...).
  constexpr Self& week(std::uint16_t number) noexcept {
    if (p().week_count_ == Limits.weeks) return fail(program_rule::too_many_weeks);
    p().weeks_[p().week_count_++] = {number, p().session_count_, 0};
    return self();
  }
  /// Starts a session on day 1..7 of the current week (week 1 if none is open).
  constexpr Self& day(std::uint8_t d, text_view title = {}) noexcept {
    if (p().week_count_ == 0) week(1);
    if (broken_ != program_rule::none) return self();
    if (p().session_count_ == Limits.sessions) return fail(program_rule::too_many_sessions);
    p().sessions_[p().session_count_++] = {d, title, p().block_count_, 0};
    ++p().weeks_[p().week_count_ - 1].session_count;
    return self();
  }
  constexpr Self& day(weekday d, text_view title = {}) noexcept {
    return day(static_cast<std::uint8_t>(d), title);
  }
  /// Starts a block of the current session (day 1 if none is open), with an
  /// optional length range (warm-up 10-15 min: block(block_role::warm_up, 10, 15)).
  constexpr Self& block(block_role r, std::uint16_t min_length = 0, std::uint16_t max_length = 0,
                       time_unit unit = time_unit::minute) noexcept {
    if (p().week_count_ == 0 || p().weeks_[p().week_count_ - 1].session_count == 0) day(1);
    if (broken_ != program_rule::none) return self();
    if (p().block_count_ == Limits.blocks) return fail(program_rule::too_many_blocks);
    if (min_length != 0 && max_length == 0) max_length = min_length;
    p().blocks_[p().block_count_++] = {r, min_length, max_length, unit, p().entry_count_, 0};
    ++p().sessions_[p().session_count_ - 1].block_count;
    return self();
  }
  /// Adds an exercise alone to the current block (a working block if none is open).
  constexpr Self& add(exercise_id e, const set_scheme& s, coach_label label = {}) noexcept {
    return add_entry({e, s, no_grouping, label});
  }
  /// Adds a grouping of exercises, done back to back, to the current block.
  constexpr Self& group(grouping_kind k, std::initializer_list<entry_spec> entries,
                       rest between_rounds = {}, rest between_exercises = {}) noexcept {
    return group(k, span<const entry_spec>{entries.begin(), entries.size()}, between_rounds, between_exercises);
  }
  constexpr Self& group(grouping_kind k, span<const entry_spec> entries, rest between_rounds = {},
                       rest between_exercises = {}) noexcept {
    if (p().grouping_count_ == Limits.groupings) return fail(program_rule::too_many_groupings);
    open_block();
    if (broken_ != program_rule::none) return self();
    const auto index = p().grouping_count_;
    p().groupings_[p().grouping_count_++] = {k, between_exercises, between_rounds, p().entry_count_, 0};
    for (const auto& e : entries) {
      add_entry({e.exercise, e.scheme, index, e.label});
      if (broken_ != program_rule::none) return self();
      ++p().groupings_[index].entry_count;
    }
    return self();
  }
  /// How `e` progresses from week 1 (one progression per exercise).
  constexpr Self& progress(exercise_id e, const progression& rule) noexcept {
    if (p().progression_count_ == Limits.progressions) return fail(program_rule::too_many_progressions);
    p().progressions_[p().progression_count_++] = {e, rule};
    return self();
  }
  /// The weeks the program runs (weeks after the last written one repeat it, progressed).
  constexpr Self& runs_for(std::uint16_t weeks) noexcept {
    p().length_ = weeks;
    return self();
  }
  /// Labels the last entry added ("2A." -> label(2, 'A')).
  constexpr Self& label(std::uint8_t number, char letter = 0) noexcept {
    if (p().entry_count_ != 0) p().entries_[p().entry_count_ - 1].label = {number, letter};
    return self();
  }

  /// The first limit the calls hit, or none.
  [[nodiscard]] constexpr program_rule broken() const noexcept { return broken_; }
  /// The program, or the error naming the first rule it breaks with `catalog`.
  [[nodiscard]] constexpr result<basic_program<Limits>> build(
      span<const exercise_record> catalog = builtin_catalog()) const noexcept {
    if (broken_ != program_rule::none) return rule_error(broken_);
    if (const auto c = check(p(), catalog); !c.ok()) return error{c.message};
    return p();
  }
  /// The program as written, unchecked (check it with check()).
  [[nodiscard]] constexpr const basic_program<Limits>& peek() const noexcept { return p(); }

 protected:
  /// The program as value-initialised with name `name`, and nothing broken: the parts written
  /// are cleared (nothing is written past a count), so clearing costs what the program holds.
  constexpr void clear_written(text_view name) noexcept {
    auto& q = p();
    for (std::size_t i = 0; i != q.week_count_; ++i) q.weeks_[i] = {};
    for (std::size_t i = 0; i != q.session_count_; ++i) q.sessions_[i] = {};
    for (std::size_t i = 0; i != q.block_count_; ++i) q.blocks_[i] = {};
    for (std::size_t i = 0; i != q.entry_count_; ++i) q.entries_[i] = {};
    for (std::size_t i = 0; i != q.grouping_count_; ++i) q.groupings_[i] = {};
    for (std::size_t i = 0; i != q.progression_count_; ++i) q.progressions_[i] = {};
    q.week_count_ = q.progression_count_ = q.length_ = q.session_count_ = 0;
    q.block_count_ = q.entry_count_ = q.grouping_count_ = 0;
    q.name = name;
    broken_ = program_rule::none;
  }

 private:
  constexpr Self& fail(program_rule r) noexcept {
    if (broken_ == program_rule::none) broken_ = r;
    stop_on(r);
    return self();
  }
  /// A working block in the current session, unless it has a block already.
  constexpr void open_block() noexcept {
    if (p().week_count_ == 0 || p().weeks_[p().week_count_ - 1].session_count == 0 ||
        p().sessions_[p().session_count_ - 1].block_count == 0)
      block(block_role::working);
  }
  constexpr Self& add_entry(const program_entry& e) noexcept {
    open_block();
    if (broken_ != program_rule::none) return self();
    if (p().entry_count_ == Limits.entries) return fail(program_rule::too_many_entries);
    p().entries_[p().entry_count_++] = e;
    ++p().blocks_[p().block_count_ - 1].entry_count;
    return self();
  }

  constexpr Self& self() noexcept { return static_cast<Self&>(*this); }
  constexpr basic_program<Limits>& p() noexcept { return static_cast<Self&>(*this).program(); }
  constexpr const basic_program<Limits>& p() const noexcept { return static_cast<const Self&>(*this).program(); }

  program_rule broken_ = program_rule::none;
};

/// Writes a program in place, into `target` (value-initialised, and living as long as the
/// writer): what generate uses to write the program it returns where it returns it.
template <program_limits Limits>
class in_place_builder : public program_writing<Limits, in_place_builder<Limits>> {
 public:
  constexpr in_place_builder(basic_program<Limits>& target, text_view name) noexcept : target_(&target) {
    target_->name = name;
  }
  /// Starts again: the target as value-initialised with name `name` (only what was written is cleared).
  constexpr void restart(text_view name) noexcept { this->clear_written(name); }

 private:
  friend class program_writing<Limits, in_place_builder>;
  constexpr basic_program<Limits>& program() noexcept { return *target_; }
  constexpr const basic_program<Limits>& program() const noexcept { return *target_; }
  basic_program<Limits>* target_;
};
}  // namespace detail

/// Writes a program part by part; each call returns the builder, so calls chain.
/// A week, a session and a working block open by themselves when an entry comes
/// first: a list of exercises alone is one session on day 1 of week 1. The first
/// limit hit is kept and `build()` returns it; in constant evaluation it stops
/// compilation on the rule.
///
///   constexpr auto p = program_builder{"Glutes"}
///       .day(weekday::monday, "Lower A")
///       .block(block_role::working)
///       .add(hip_thrust, straight_sets(4, quantity::reps(8, 12)))
///       .group(grouping_kind::superset, {{leg_extension, s}, {lying_leg_curl, s}})
///       .build();
template <program_limits Limits = program_limits{}>
class basic_program_builder : public detail::program_writing<Limits, basic_program_builder<Limits>> {
 public:
  constexpr basic_program_builder() noexcept = default;
  constexpr explicit basic_program_builder(text_view name) noexcept { program_.name = name; }

 private:
  friend class detail::program_writing<Limits, basic_program_builder>;
  constexpr basic_program<Limits>& program() noexcept { return program_; }
  constexpr const basic_program<Limits>& program() const noexcept { return program_; }
  basic_program<Limits> program_{};
};


using program_builder = basic_program_builder<>;

/// Week `n` of a program, as a program of that one week: a written week as
/// written; a week after the written ones is the first written week with each
/// exercise's progression applied for week n (counted from the first written
/// week), session by session. An error names a week outside 1..length() or the
/// first rule a progression breaks.
template <program_limits L>
[[nodiscard]] constexpr result<basic_program<L>> week_of(const basic_program<L>& p, std::uint16_t n) noexcept {
  // Weeks before the first written one have nothing to repeat (a file may start at "week 3").
  if (n == 0 || n > p.length() || p.weeks().empty() || n < p.weeks()[0].number)
    return rule_error(program_rule::week_outside_program);
  const program_week* source = &p.weeks()[0];
  bool written = false;
  for (const auto& w : p.weeks())
    if (w.number == n) {
      source = &w;
      written = true;
    }
  basic_program_builder<L> b{p.name};
  for (const auto& pr : p.progressions()) b.progress(pr.exercise, pr.rule);
  b.week(n);
  const auto sessions = p.sessions(*source);
  const auto steps = static_cast<std::uint16_t>(n - source->number + 1);
  for (std::size_t si = 0; si != sessions.size(); ++si) {
    const auto& s = sessions[si];
    b.day(s.day, s.title);
    const progression_step at{steps, static_cast<std::uint8_t>(si), static_cast<std::uint8_t>(sessions.size()), {}};
    const auto scheme_of = [&](const program_entry& e) -> result<set_scheme> {
      const progression* rule = written ? nullptr : p.progression_of(e.exercise);
      if (rule == nullptr) return e.scheme;
      return progressed(*rule, e.scheme, at);
    };
    for (const auto& bl : p.blocks(s)) {
      b.block(bl.role, bl.min_length, bl.max_length, bl.length_unit);
      const auto entries = p.entries(bl);
      for (std::size_t i = 0; i != entries.size();) {
        const auto& e = entries[i];
        const program_grouping* g = p.grouping_of(e);
        if (g == nullptr) {
          const auto s2 = scheme_of(e);
          if (!s2) return s2.error();
          b.add(e.exercise, *s2, e.label);
          ++i;
          continue;
        }
        detail::array<entry_spec, max_grouping_entries> members{};
        std::size_t count = 0;
        for (; i != entries.size() && p.grouping_of(entries[i]) == g; ++i) {
          const auto s2 = scheme_of(entries[i]);
          if (!s2) return s2.error();
          if (count != max_grouping_entries) members[count++] = {entries[i].exercise, *s2, entries[i].label};
        }
        b.group(g->kind, span<const entry_spec>{members.data(), count}, g->between_rounds, g->between_exercises);
      }
    }
  }
  if (b.broken() != program_rule::none) return rule_error(b.broken());
  return b.peek();
}

}  // namespace sinew

// What the analysis of a program says, as data: each finding has a kind (a
// stable snake_case name, listed with its rule and source in docs/programs.md),
// a severity, a sentence with the figures (written into a fixed buffer: no
// allocation) and the muscles, groups and actions it concerns. The analysis
// options (goal, level, the user's conditions, the session target, the set
// weights) and the switches that turn each kind off or replace its rule live
// here too, so a generator can compose the parts it needs.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/anatomy/ids.hpp>
#include <sinew/detail/array.hpp>
#include <sinew/detail/traits.hpp>
#include <sinew/detail/vocabulary.hpp>
#include <sinew/exercises/catalog.hpp>
#include <sinew/schemes/figures.hpp>
#include <sinew/span.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

/// Every kind of finding. Ids are stable (append only); each is one rule of
/// the analysis (programs/analysis.hpp), switched off or replaced by its enumerator.
enum class finding_kind : std::uint8_t {
  volume_low,
  volume_high,
  session_volume_high,
  uncovered_group,
  uncovered_action,
  calf_knee_position,
  imbalance,
  order,
  frequency_low,
  recovery_short,
  too_long,
  rep_range_fiber_type,
  condition_unmet,
};
inline constexpr std::size_t finding_kind_count = 13;

template <>
struct vocabulary<finding_kind> {
  static constexpr detail::array<text_view, finding_kind_count> words{
      "volume_low", "volume_high",    "session_volume_high", "uncovered_group",      "uncovered_action",
      "calf_knee_position", "imbalance", "order", "frequency_low", "recovery_short", "too_long",
      "rep_range_fiber_type", "condition_unmet"};
  static constexpr text_view what = "a finding kind";
};
[[nodiscard]] constexpr text_view name_of(finding_kind k) noexcept { return word_of(k); }

enum class severity : std::uint8_t { error, warning, info };
inline constexpr std::size_t severity_count = 3;
template <>
struct vocabulary<severity> {
  static constexpr detail::array<text_view, severity_count> words{"error", "warning", "info"};
  static constexpr text_view what = "a severity";
};
[[nodiscard]] constexpr text_view name_of(severity s) noexcept { return word_of(s); }

/// What a program is for: the volume ranges, the default rests and the
/// severity of the order and frequency rules follow it.
enum class training_goal : std::uint8_t { hypertrophy, strength, endurance, general };
inline constexpr std::size_t training_goal_count = 4;
template <>
struct vocabulary<training_goal> {
  static constexpr detail::array<text_view, training_goal_count> words{"hypertrophy", "strength", "endurance",
                                                                       "general"};
  static constexpr text_view what = "a goal";
};
[[nodiscard]] constexpr text_view name_of(training_goal g) noexcept { return word_of(g); }

enum class training_level : std::uint8_t { beginner, intermediate, advanced };
inline constexpr std::size_t training_level_count = 3;
template <>
struct vocabulary<training_level> {
  static constexpr detail::array<text_view, training_level_count> words{"beginner", "intermediate", "advanced"};
  static constexpr text_view what = "a level";
};
[[nodiscard]] constexpr text_view name_of(training_level l) noexcept { return word_of(l); }

/// A condition the user states; each maps to the priorities the articles give
/// it, and the analysis reports `condition_unmet` naming the condition when the
/// program does not honour them (docs/programs.md lists each rule).
enum class condition : std::uint8_t { knee_valgus, lumbar_pain, quad_dominance, knee_friendly, no_spinal_loading };
inline constexpr std::size_t condition_count = 5;
template <>
struct vocabulary<condition> {
  static constexpr detail::array<text_view, condition_count> words{"knee_valgus", "lumbar_pain", "quad_dominance",
                                                                   "knee_friendly", "no_spinal_loading"};
  static constexpr text_view what = "a condition";
};
[[nodiscard]] constexpr text_view name_of(condition c) noexcept { return word_of(c); }

/// A set of conditions (bitmask; a value past the enum is never a member).
struct condition_set {
  std::uint8_t bits = 0;
  [[nodiscard]] static constexpr std::uint8_t bit_of(condition c) noexcept {
    const auto i = static_cast<unsigned>(c);
    return i < condition_count ? static_cast<std::uint8_t>(1U << i) : std::uint8_t{0};
  }
  constexpr condition_set() noexcept = default;
  constexpr condition_set(std::initializer_list<condition> items) noexcept {
    for (auto c : items) bits = static_cast<std::uint8_t>(bits | bit_of(c));
  }
  [[nodiscard]] constexpr bool contains(condition c) const noexcept { return (bits & bit_of(c)) != 0; }
  constexpr void insert(condition c) noexcept { bits = static_cast<std::uint8_t>(bits | bit_of(c)); }
  friend constexpr bool operator==(condition_set, condition_set) noexcept = default;
};

/// A set of finding kinds (the kinds the analysis runs).
struct finding_kind_set {
  std::uint32_t bits = 0;
  [[nodiscard]] static constexpr std::uint32_t bit_of(finding_kind k) noexcept {
    const auto i = static_cast<unsigned>(k);
    return i < finding_kind_count ? 1U << i : 0U;
  }
  constexpr finding_kind_set() noexcept = default;
  constexpr finding_kind_set(std::initializer_list<finding_kind> items) noexcept {
    for (auto k : items) bits |= bit_of(k);
  }
  [[nodiscard]] static constexpr finding_kind_set all() noexcept {
    finding_kind_set s;
    s.bits = (1U << finding_kind_count) - 1U;
    return s;
  }
  [[nodiscard]] constexpr bool contains(finding_kind k) const noexcept { return (bits & bit_of(k)) != 0; }
  constexpr void insert(finding_kind k) noexcept { bits |= bit_of(k); }
  constexpr void erase(finding_kind k) noexcept { bits &= ~bit_of(k); }
  [[nodiscard]] constexpr finding_kind_set without(finding_kind k) const noexcept {
    auto s = *this;
    s.erase(k);
    return s;
  }
  friend constexpr bool operator==(finding_kind_set, finding_kind_set) noexcept = default;
};

inline constexpr std::size_t max_message_length = 200;

/// One finding. `message` is a sentence starting with "sinew:" that states the
/// figures and the reference; `session` and `entry` index the program's spans
/// (`npos` when the finding is about the whole program or week).
struct finding {
  static constexpr std::uint16_t npos = 0xFFFF;
  finding_kind kind{};
  sinew::severity severity = severity::warning;
  detail::array<char, max_message_length> text{};
  std::uint8_t length = 0;
  muscle_set muscles{};
  group_set groups{};
  action_set actions{};
  std::uint16_t session = npos;
  std::uint16_t entry = npos;

  [[nodiscard]] constexpr text_view message() const noexcept { return {text.data(), length}; }

  // --- writing the message (a sentence too long for the buffer ends in "...") ---
  constexpr finding& say(text_view t) noexcept {
    const std::size_t at = length;  // a local: the copy into `text` may alias `length`, which would be read again
    if (t.size() < max_message_length - at) {  // the common case: it fits, with room to spare
      if (detail::is_constant_evaluated() || t.empty()) {
        for (std::size_t i = 0; i != t.size(); ++i) text[at + i] = t[i];
      } else {
        __builtin_memcpy(text.data() + at, t.data(), t.size());  // a byte loop here was a tenth of an analysis
      }
      length = static_cast<std::uint8_t>(at + t.size());
      return *this;
    }
    for (std::size_t i = 0; i != t.size(); ++i) put(t[i]);
    return *this;
  }
  constexpr finding& say(std::uint64_t n) noexcept {
    if (n < 100U && 2U < max_message_length - length) {  // most figures: a day, a week, a count of sets
      std::size_t at = length;  // a local: a store to `text` may alias `length`
      if (n >= 10U) text[at++] = static_cast<char>('0' + n / 10U);
      text[at++] = static_cast<char>('0' + n % 10U);
      length = static_cast<std::uint8_t>(at);
      return *this;
    }
    std::size_t count = 1;
    for (std::uint64_t rest = n / 10U; rest != 0; rest /= 10U) ++count;
    if (count < max_message_length - length) {  // the common case: written in place, from the last digit
      std::size_t at = length + count;  // a local: a store to `text` may alias `length`
      length = static_cast<std::uint8_t>(at);
      do {
        text[--at] = static_cast<char>('0' + n % 10U);
        n /= 10U;
      } while (n != 0);
      return *this;
    }
    char digits[20]{};
    std::size_t k = 0;
    do {
      digits[k++] = static_cast<char>('0' + n % 10U);
      n /= 10U;
    } while (n != 0);
    while (k != 0) put(digits[--k]);
    return *this;
  }
  /// A non-negative figure with one decimal, the decimal left out when it is 0 ("4.5", "12").
  constexpr finding& say_figure(double v) noexcept {
    if (!(v >= 0.0)) v = 0.0;
    if (v > 1e15) v = 1e15;
    const auto tenths = static_cast<std::uint64_t>(v * 10.0 + 0.5);
    say(tenths / 10U);
    if (tenths % 10U != 0) say_decimals(tenths % 10U, 1);
    return *this;
  }
  /// A ratio with two decimals ("0.25").
  constexpr finding& say_ratio(double v) noexcept {
    if (!(v >= 0.0)) v = 0.0;
    if (v > 1e12) v = 1e12;
    const auto hundredths = static_cast<std::uint64_t>(v * 100.0 + 0.5);
    say(hundredths / 100U);
    say_decimals(hundredths % 100U, 2);
    return *this;
  }

 private:
  /// "." and the `places` (1 or 2) last digits of `digits` (below 100): in place with room to spare, else one by one.
  constexpr void say_decimals(std::uint64_t digits, std::size_t places) noexcept {
    if (places + 1 < max_message_length - length) {
      std::size_t at = length;  // a local: a store to `text` may alias `length`
      text[at] = '.';
      if (places == 2) text[++at] = static_cast<char>('0' + digits / 10U % 10U);
      text[++at] = static_cast<char>('0' + digits % 10U);
      length = static_cast<std::uint8_t>(at + 1);
      return;
    }
    put('.');
    if (places == 2) put(static_cast<char>('0' + digits / 10U % 10U));
    put(static_cast<char>('0' + digits % 10U));
  }
  constexpr void put(char c) noexcept {
    if (length < max_message_length) {
      text[length++] = c;
      if (length == max_message_length) text[max_message_length - 1] = text[max_message_length - 2] =
          text[max_message_length - 3] = '.';
    }
  }
};

inline constexpr std::size_t max_findings = 64;

namespace detail {
/// Selects the constructor of a finding_list that leaves the storage of its findings uninitialized.
struct uninitialized_findings_t {
  explicit uninitialized_findings_t() = default;
};
inline constexpr uninitialized_findings_t uninitialized_findings{};
}  // namespace detail

/// The findings of one analysis, in the order the rules ran; findings past
/// the capacity are counted in `omitted`, never silently lost. Only the first
/// `count` items are findings: read them through begin(), end() and operator[]
/// below size(); the items past them are unspecified.
struct finding_list {
  // In an anonymous union, so that the analysis at run time can leave the
  // storage uninitialized (the constructor taking uninitialized_findings): add()
  // writes each finding whole. Zeroing the capacity (64 x 272 bytes) was half the
  // instructions of a week's analysis. The default constructor value-initializes
  // them, as constant evaluation demands.
  union {
    detail::array<finding, max_findings> items;
  };
  std::size_t count = 0;
  std::size_t omitted = 0;

  constexpr finding_list() noexcept : items{} {}
  /// The findings' storage left uninitialized (at run time; the analysis uses it).
  explicit constexpr finding_list(detail::uninitialized_findings_t) noexcept {}

  [[nodiscard]] constexpr const finding* begin() const noexcept { return items.data(); }
  [[nodiscard]] constexpr const finding* end() const noexcept { return items.data() + count; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }
  [[nodiscard]] constexpr bool empty() const noexcept { return count == 0; }
  [[nodiscard]] constexpr const finding& operator[](std::size_t i) const noexcept { return items[i]; }
  /// A new finding to fill in, or a scratch one (counted in `omitted`) when the list is full.
  constexpr finding& add(finding_kind k, sinew::severity s) noexcept {
    if (count == max_findings) {
      ++omitted;
      // Field by field: `f = finding{}` built a 272-byte temporary and copied it. Of the
      // message only the first `length` bytes can be non-zero (say() writes below the new
      // length only), so clearing them leaves the whole buffer as finding{} has it.
      // (A byte loop here, re-reading `length` at each byte, was a twentieth of a 12-week analysis.)
      if (detail::is_constant_evaluated()) {
        for (std::size_t i = 0; i != scratch_.length; ++i) scratch_.text[i] = 0;
      } else {
        __builtin_memset(scratch_.text.data(), 0, scratch_.length);
      }
      start(scratch_, k, s);
      return scratch_;
    }
    finding& f = items[count++];
    // At run time the item may never have been written: every byte is set, as finding{} has it.
    // In constant evaluation the items are value-initialized and used once each.
    if (!detail::is_constant_evaluated()) __builtin_memset(f.text.data(), 0, max_message_length);
    start(f, k, s);
    return f;
  }
  [[nodiscard]] constexpr std::size_t count_of(finding_kind k) const noexcept {
    std::size_t n = 0;
    for (const auto& f : *this) n += f.kind == k ? 1U : 0U;
    return n;
  }
  [[nodiscard]] constexpr std::size_t count_of(sinew::severity s) const noexcept {
    std::size_t n = 0;
    for (const auto& f : *this) n += f.severity == s ? 1U : 0U;
    return n;
  }
  [[nodiscard]] constexpr bool has(finding_kind k) const noexcept { return count_of(k) != 0; }
  /// The first finding of a kind, or nullptr.
  [[nodiscard]] constexpr const finding* first(finding_kind k) const noexcept {
    for (const auto& f : *this)
      if (f.kind == k) return &f;
    return nullptr;
  }

 private:
  static constexpr void start(finding& f, finding_kind k, sinew::severity s) noexcept {
    f.kind = k;
    f.severity = s;
    f.length = 0;
    f.muscles = {};
    f.groups = {};
    f.actions = {};
    f.session = finding::npos;
    f.entry = finding::npos;
  }
  finding scratch_{};
};

namespace detail {
/// An empty finding_list: value-initialized storage in constant evaluation, which
/// demands it, and uninitialized storage at run time, where zeroing 17 KB was half
/// the instructions of a week's analysis. (A function: in a default member
/// initializer, detail::is_constant_evaluated() is always true where the object is
/// constant-initialized, which clang warns about.)
[[nodiscard]] constexpr finding_list empty_findings() noexcept {
  if (detail::is_constant_evaluated()) return finding_list{};
  return finding_list{uninitialized_findings};
}
}  // namespace detail

/// How much a set counts for a muscle: 1 where the muscle is a target (prime
/// mover) of the exercise, 0.5 where it is worked indirectly (synergist), 0 as
/// a stabilizer: the fractional count that fit the dose-response data best
/// (Pelland et al. 2024, SportRxiv). Parameters, not constants.
struct volume_weights {
  double target = 1.0;
  double indirect = 0.5;
  double stabilizer = 0.0;
};

/// A weekly range of fractional sets for one group (by its id in the model).
struct volume_range {
  text_view group{};
  double min = 0.0;
  double max = 0.0;
};

inline constexpr std::size_t max_volume_ranges = 16;
struct volume_ranges {
  detail::array<volume_range, max_volume_ranges> items{};
  std::size_t count = 0;
  [[nodiscard]] constexpr const volume_range* begin() const noexcept { return items.data(); }
  [[nodiscard]] constexpr const volume_range* end() const noexcept { return items.data() + count; }
  /// The range of a group, or nullptr when the table has none for it.
  [[nodiscard]] constexpr const volume_range* of(text_view group) const noexcept {
    for (std::size_t i = 0; i != count; ++i)
      if (items[i].group == group) return &items[i];
    return nullptr;
  }
};

/// The default weekly ranges of the four groups the articles name first
/// (quadriceps, hamstrings, glutes, calves: Legs That Actually Grow).
/// Beginner and intermediate rows: Liftosaur's program-design guide (2026),
/// weekly fractional sets. Advanced: the intermediate minimum up to 22 sets,
/// the count above which that guide treats sets as junk volume. By goal:
/// hypertrophy and endurance take the rows as they are (more reps, not more
/// sets); strength keeps the minimum and two thirds of the maximum (strength
/// flattens with volume sooner than size: Pelland et al. 2024); general
/// fitness takes the beginner row at every level. A choice of sinew's where the
/// sources give no figure: pass your own table in `analysis_options::ranges`.
[[nodiscard]] constexpr volume_ranges default_volume_ranges(training_goal goal, training_level level) noexcept {
  struct row {
    text_view group;
    double beginner_min, beginner_max, intermediate_min, intermediate_max;
  };
  constexpr row rows[] = {
      {"quadriceps", 6, 12, 8, 18}, {"hamstrings", 4, 10, 6, 14}, {"glutes", 4, 10, 6, 16}, {"calves", 0, 6, 6, 12}};
  volume_ranges out{};
  for (const row& r : rows) {
    volume_range v{r.group, r.intermediate_min, r.intermediate_max};
    if (level == training_level::beginner || goal == training_goal::general) v = {r.group, r.beginner_min, r.beginner_max};
    else if (level == training_level::advanced) v.max = 22;
    if (goal == training_goal::strength) v.max = static_cast<double>(static_cast<int>(v.max * 2.0 / 3.0 + 0.5));
    out.items[out.count++] = v;
  }
  return out;
}

struct analysis_context;

/// A rule of the analysis: reads the context, adds its findings. A user's
/// own rule replaces a built-in one (`analysis_options::replace`).
using finding_policy = void (*)(const analysis_context&, finding_list&);

/// One slot of `analysis_options::replace`: a user's rule, or none (the
/// built-in rule runs). Assign a function (or a lambda without captures) or
/// nullptr; `slot != nullptr` says whether one is given. The slot remembers
/// that a rule was given rather than comparing the function's address with
/// nullptr, which g++ with -fsanitize=null (in -fsanitize=undefined) does not
/// fold in constant evaluation.
class rule_slot {
 public:
  constexpr rule_slot() noexcept = default;
  constexpr rule_slot(decltype(nullptr)) noexcept {}
  template <class F>
    requires detail::is_convertible_v<const F&, finding_policy>
  constexpr rule_slot(const F& f) noexcept  // NOLINT: implicit, as the function pointer it replaces
      : rule_(f), given_(detail::is_constant_evaluated() || static_cast<finding_policy>(f) != nullptr) {}

  constexpr explicit operator bool() const noexcept { return given_; }
  friend constexpr bool operator==(const rule_slot& s, decltype(nullptr)) noexcept { return !s.given_; }
  /// The rule given (nullptr when none).
  [[nodiscard]] constexpr finding_policy get() const noexcept { return given_ ? rule_ : nullptr; }
  constexpr void operator()(const analysis_context& c, finding_list& out) const { rule_(c, out); }

 private:
  finding_policy rule_ = nullptr;
  bool given_ = false;
};

/// What the analysis is asked. Every threshold is a parameter; the defaults are
/// the sourced figures docs/programs.md lists.
struct analysis_options {
  training_goal goal = training_goal::hypertrophy;
  training_level level = training_level::intermediate;
  condition_set conditions{};
  volume_weights weights{};
  /// The weekly ranges per group; empty: default_volume_ranges(goal, level).
  volume_ranges ranges{};
  /// Main work (everything but warm-up and cool-down) per session, minutes (60-75: Balanced Leg Muscles).
  std::uint32_t target_minutes_min = 60;
  std::uint32_t target_minutes_max = 75;
  /// Rest between sets when a scheme states none, seconds; 0: by goal
  /// (strength 180, hypertrophy and general 90, endurance 45: sinew's defaults).
  std::uint32_t default_rest_seconds = 0;
  /// Hard (target) sets of one muscle in one session above which set quality
  /// drops (6-8: Liftosaur's guide): session_volume_high.
  double session_sets_max = 8.0;
  /// Sessions a week that load a group directly (twice: Schoenfeld, Ogborn and
  /// Krieger 2016; Legs That Actually Grow).
  std::uint32_t sessions_per_group_min = 2;
  /// Hours between two sessions loading the same group (48-72 h: Legs That Actually Grow).
  std::uint32_t recovery_hours_min = 48;
  /// An action of a group counts for coverage when its prime movers hold at
  /// least this share of the group's size (PCSA).
  double action_share_min = 0.25;
  /// Reference ratios of the balance rule.
  double knee_flexion_to_extension_min = 0.6;  ///< hamstrings:quadriceps (Coombs & Garbutt 2002)
  double adduction_to_abduction_min = 0.8;     ///< adduction:abduction strength (Tyler et al. 2001)
  double posterior_to_anterior_min = 1.0;      ///< quad dominance (Legs That Actually Grow)
  /// A muscle at least this % type I is slow-twitch dominant (soleus, Padron)
  /// and is served by sets of at least `slow_twitch_reps` reps or by holds.
  double slow_twitch_percent = 60.0;
  std::uint32_t slow_twitch_reps = 15;
  /// Weekly sets each priority action gets under a condition (one exercise's worth).
  double condition_sets_min = 3.0;
  /// The kinds that run, and the rules that replace built-in ones (nullptr: built-in).
  finding_kind_set enabled = finding_kind_set::all();
  detail::array<rule_slot, finding_kind_count> replace{};
  /// Assumptions for durations (seconds per rep, rests inside groupings, ...).
  figure_defaults figures = default_figures;

  /// The ranges in force: the given table, or the defaults for the goal and level.
  [[nodiscard]] constexpr volume_ranges ranges_in_force() const noexcept {
    return ranges.count != 0 ? ranges : default_volume_ranges(goal, level);
  }
  /// The rest between sets in force.
  [[nodiscard]] constexpr std::uint32_t rest_seconds() const noexcept {
    if (default_rest_seconds != 0) return default_rest_seconds;
    switch (goal) {
      case training_goal::strength: return 180;
      case training_goal::endurance: return 45;
      default: return 90;
    }
  }
};

}  // namespace sinew

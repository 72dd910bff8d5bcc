// Programs as text (docs/programs.md): a program file is the set notation plus
// structure, one item per line, '#' comments, blank lines free:
//
//   program: Glutes                      # optional, once, first
//   week 1                               # optional: no header is week 1
//   monday: Lower A                      # or "day 1", "mon"; the title is optional
//   warm-up 10-15min:                    # a block: a role, an optional length
//   bodyweight deep squat 2x10
//   working:
//   1. hip thrust 4x8-12 @301 rest 90s   # an exercise: [label] name scheme
//   superset:                            # a grouping's kind, then its lines
//   2A. leg extension 3x15
//   2B. lying leg curl 3x15
//   tri-set: A squat 3x10; B lunge 3x12/leg; C calf raise 3x15   # or on one line
//
// parse_program reads a file into a basic_program, resolving each name to an
// exercise of a catalog, and checks the whole program (check()): every error
// carries its line, column and byte, the rule's "sinew: ..." sentence and, for
// a name, up to five candidates. Nothing is dropped: every line that is not
// blank or a comment becomes part of the program or is an error. format_program
// writes a program back in canonical form; parse_program(format(p)) == p.
// Constexpr and allocation-free; names and titles view the parsed text.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/array.hpp>
#include <sinew/detail/ascii.hpp>
#include <sinew/exercises/catalog.hpp>
#include <sinew/notation/detail/named_entry.hpp>
#include <sinew/notation/format.hpp>
#include <sinew/notation/parse.hpp>
#include <sinew/programs/exercise_names.hpp>
#include <sinew/programs/program.hpp>
#include <sinew/result.hpp>
#include <sinew/span.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

/// Why a program file does not read, and where: `position` is the byte,
/// `line` and `column` (in characters) count from 1. When the error is about
/// an exercise name, `name` is the name as written and `candidates` the
/// closest exercises of the catalog (the tied ones when it is ambiguous).
struct program_text_error {
  static constexpr std::size_t max_candidates = 5;
  text_view message{};
  std::size_t position = 0;
  std::size_t line = 0;
  std::size_t column = 0;
  text_view name{};
  detail::array<exercise_id, max_candidates> candidates{};
  std::size_t candidate_count = 0;
  friend constexpr bool operator==(const program_text_error&, const program_text_error&) noexcept = default;
};

/// The program read from a file, or why it does not read.
template <program_limits Limits = program_limits{}>
class [[nodiscard]] program_text_result {
 public:
  [[nodiscard]] constexpr bool has_value() const noexcept { return ok_; }
  [[nodiscard]] constexpr explicit operator bool() const noexcept { return ok_; }
  [[nodiscard]] constexpr const basic_program<Limits>& value() const noexcept { return program_; }
  [[nodiscard]] constexpr const basic_program<Limits>& operator*() const noexcept { return program_; }
  [[nodiscard]] constexpr const basic_program<Limits>* operator->() const noexcept { return &program_; }
  [[nodiscard]] constexpr const program_text_error& error() const noexcept { return error_; }

  basic_program<Limits> program_{};
  program_text_error error_{};
  bool ok_ = false;
};

namespace detail {

/// Equal with ASCII case and every separator (blank, '_', '-', '(', ...) ignored:
/// "Hip Thrust", "hip_thrust" and "hip-thrust" are one name.
constexpr bool loosely_equal(text_view a, text_view b) noexcept {
  const auto counts = [](char c) { return ascii::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80; };
  std::size_t i = 0, j = 0;
  for (;;) {
    while (i < a.size() && !counts(a[i])) ++i;
    while (j < b.size() && !counts(b[j])) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (ascii::lower(a[i]) != ascii::lower(b[j])) return false;
    ++i;
    ++j;
  }
}

/// How many words of `written` are words of `known` (ASCII case ignored).
constexpr std::size_t shared_words(text_view written, text_view known) noexcept {
  const auto counts = [](char c) { return ascii::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80; };
  std::size_t shared = 0;
  for (std::size_t i = 0; i < written.size();) {
    while (i < written.size() && !counts(written[i])) ++i;
    const std::size_t start = i;
    while (i < written.size() && counts(written[i])) ++i;
    if (i == start) break;
    const text_view w = written.substr(start, i - start);
    for (std::size_t k = 0; k < known.size();) {
      while (k < known.size() && !counts(known[k])) ++k;
      const std::size_t ks = k;
      while (k < known.size() && counts(known[k])) ++k;
      if (k != ks && ascii::equal_ignoring_case(known.substr(ks, k - ks), w)) {
        ++shared;
        break;
      }
    }
  }
  return shared;
}

/// An exercise name resolved in a catalog: the id, or the error and candidates.
struct resolved_name {
  bool found = false;
  exercise_id exercise{};
  text_view message{};
  detail::array<exercise_id, program_text_error::max_candidates> candidates{};
  std::size_t candidate_count = 0;
};

inline constexpr text_view msg_name_not_built_in = "sinew: no built-in exercise matches this name";
inline constexpr text_view msg_name_not_in_catalog = "sinew: no exercise of the catalog has this id or name";

/// A name through match_exercise_name (the built-in catalog's names, aliases and ids).
constexpr resolved_name resolve_builtin_name(text_view written) noexcept {
  resolved_name out;
  const auto m = match_exercise_name(written);
  switch (m.kind) {
    case name_match::found:
      out.found = true;
      out.exercise = m.exercise;
      return out;
    case name_match::too_long: out.message = "sinew: an exercise name has at most 16 words and 160 characters"; return out;
    case name_match::ambiguous:
      out.message = "sinew: this exercise name fits two or more built-in exercises equally well; name it more fully (its id always works)";
      for (std::size_t i = 0; i != m.listed() && out.candidate_count != program_text_error::max_candidates; ++i)
        out.candidates[out.candidate_count++] = m.tied[i];
      return out;
    case name_match::not_found: break;
  }
  out.message = msg_name_not_built_in;
  for (std::size_t i = 0; i != m.candidate_count && out.candidate_count != program_text_error::max_candidates; ++i)
    out.candidates[out.candidate_count++] = m.candidates[i].exercise;
  return out;
}

/// A name by a record's id or name (case and separators ignored) among
/// catalog[from..]; when none has it, the closest records as candidates.
constexpr resolved_name resolve_record_name(text_view written, span<const exercise_record> catalog,
                                            std::size_t from) noexcept {
  resolved_name out;
  // A record's id first: ids are unique; a name shared by two records is ambiguous.
  std::size_t by_name = 0;
  for (std::size_t i = from; i < catalog.size(); ++i) {
    const exercise_id id{static_cast<std::uint16_t>(i)};
    if (loosely_equal(written, catalog[i].id)) {
      out.found = true;
      out.exercise = id;
      return out;
    }
    if (loosely_equal(written, catalog[i].name)) {
      if (by_name < program_text_error::max_candidates) out.candidates[by_name] = id;
      ++by_name;
    }
  }
  if (by_name == 1) {
    out.found = true;
    out.exercise = out.candidates[0];
    out.candidates = {};
    return out;
  }
  if (by_name > 1) {
    out.message = "sinew: this exercise name is the name of two or more exercises of the catalog; write its id";
    out.candidate_count = by_name < program_text_error::max_candidates ? by_name : program_text_error::max_candidates;
    return out;
  }
  out.message = msg_name_not_in_catalog;
  // The closest: the records sharing the most words with the name, in catalog order on ties.
  detail::array<std::size_t, program_text_error::max_candidates> score{};
  for (std::size_t i = from; i < catalog.size(); ++i) {
    std::size_t s = shared_words(written, catalog[i].name);
    const std::size_t by_id = shared_words(written, catalog[i].id);
    if (by_id > s) s = by_id;
    if (s == 0) continue;
    std::size_t at = out.candidate_count;
    while (at != 0 && score[at - 1] < s) --at;
    if (at == program_text_error::max_candidates) continue;
    const std::size_t last = out.candidate_count < program_text_error::max_candidates ? out.candidate_count
                                                                                      : program_text_error::max_candidates - 1;
    for (std::size_t k = last; k > at; --k) {
      out.candidates[k] = out.candidates[k - 1];
      score[k] = score[k - 1];
    }
    out.candidates[at] = exercise_id{static_cast<std::uint16_t>(i)};
    score[at] = s;
    if (out.candidate_count < program_text_error::max_candidates) ++out.candidate_count;
  }
  return out;
}

/// A name as a person writes it: through match_exercise_name for the built-in
/// catalog (its ids work too), by a record's id or name (case and separators
/// ignored) in a user's catalog. A catalog that extends the built-in one
/// (extends_builtin_catalog) looks among the user's records first, then reads
/// the name as the built-in catalog does; when neither has it, the candidates
/// are the user's closest records, then the built-in catalog's.
constexpr resolved_name resolve_name(text_view written, span<const exercise_record> catalog) noexcept {
  // (in constant evaluation the built-in catalog takes the path of a catalog that
  // extends it, with nothing after it: the same answer, without comparing records)
  if (!detail::is_constant_evaluated() && is_builtin_catalog(catalog)) return resolve_builtin_name(written);
  if (!extends_builtin_catalog(catalog)) return resolve_record_name(written, catalog, 0);
  resolved_name own = resolve_record_name(written, catalog, builtin_catalog().size());
  if (own.found || own.message != msg_name_not_in_catalog) return own;  // found, or a name two records share
  const resolved_name built = resolve_builtin_name(written);
  if (built.found || built.message != msg_name_not_built_in) return built;
  for (std::size_t i = 0; i != built.candidate_count && own.candidate_count != program_text_error::max_candidates; ++i)
    own.candidates[own.candidate_count++] = built.candidates[i];
  return own;
}

// ---- messages of the file format ------------------------------------------------
inline constexpr text_view msg_program_twice = "sinew: a program file names its program once, on its first line (program: NAME)";
inline constexpr text_view msg_program_late = "sinew: the program: line comes before the weeks, days and exercises";
inline constexpr text_view msg_week = "sinew: a week header is 'week N' alone on its line, N from 1 to 9999";
inline constexpr text_view msg_day = "sinew: a day header is 'day N' (N from 1, Monday, to 7, Sunday) or a weekday, then optionally ': title'";
inline constexpr text_view msg_label = "sinew: a coach's label is a number from 1 to 255, then an optional letter, then '.' or ')' (1., 2A., 2A))";
inline constexpr text_view msg_ungrouped_run =
    "sinew: lines labelled 1A., 1B., ... form a grouping: state its kind on the line before them "
    "(superset:, compound set:, tri-set:, giant set:, circuit:)";
inline constexpr text_view msg_header_without_lines =
    "sinew: a grouping header is followed by its exercises, labelled with one number and the letters A, B, C, ... (1A., 1B.)";
inline constexpr text_view msg_block_header = "sinew: a block header is a role (warm-up, priming, working, finishing, cool-down), an optional length, then ':'";
inline constexpr text_view msg_grouping_too_large = "sinew: a grouping holds at most 8 exercises";
inline constexpr text_view msg_length = "sinew: a program's length is 'weeks: N', N from 1 to 520, stated once";
inline constexpr text_view msg_progression =
    "sinew: a progression line is 'progression NAME:' then its parts, separated by commas: +2.5 per session "
    "(or +2.5% per week), double progression +1 rep, wave 65%x5 75%x5 85%x5+ / ..., 5/3/1, training max 140kg, "
    "+5kg per cycle, deload to 90% after 3 failures, deload every 4 weeks, deload weeks 3 7, deload sets 50%, "
    "deload load 90%, or none";
inline constexpr text_view msg_progression_part =
    "sinew: a progression states each part once, its kind first (double progression, wave or 5/3/1 before "
    "their step and training max), and only the parts of its kind";

constexpr std::uint32_t column_of(text_view text, std::size_t line_start, std::size_t at) noexcept {
  std::uint32_t col = 1;
  for (std::size_t i = line_start; i < at && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) ++col;
  return col;
}

/// Reads a program file line by line into a builder.
template <program_limits L>
class program_reader {
 public:
  constexpr program_reader(text_view text, span<const exercise_record> catalog) noexcept : text_(text), catalog_(catalog) {}

  constexpr program_text_result<L> read() noexcept {
    std::size_t at = 0;
    while (at <= text_.size() && !failed_) {
      std::size_t end = at;
      while (end < text_.size() && text_[end] != '\n') ++end;
      line_start_ = at;
      // a comment runs from '#' to the end of the line
      std::size_t content_end = at;
      while (content_end < end && text_[content_end] != '#') ++content_end;
      std::size_t b = at, e = content_end;
      while (b < e && ascii::is_blank(text_[b])) ++b;
      while (e > b && ascii::is_blank(text_[e - 1])) --e;
      if (b != e) line(b, e);
      if (end == text_.size()) break;
      at = end + 1;
    }
    if (!failed_) end_run();
    program_text_result<L> out;
    if (failed_) {
      out.error_ = err_;
      return out;
    }
    const auto& p = builder_.peek();
    if (const auto c = check(p, catalog_); !c.ok()) {
      std::size_t where = 0;
      if (c.entry != program_check::npos) {
        where = entry_at_[c.entry];
        // a grouping's own rule (its size for its kind, its rests) is placed at
        // its header: the first entry's scheme and fit are its own, and fine
        const program_entry& e = p.entries()[c.entry];
        if (e.grouping < p.groupings().size() && p.groupings()[e.grouping].first_entry == c.entry &&
            e.exercise.index < catalog_.size() && check(e.scheme).ok() && check_fit(catalog_[e.exercise.index], e.scheme).ok())
          where = grouping_at_[e.grouping];
      }
      else if (c.block != program_check::npos) where = block_at_[c.block];
      else if (c.session != program_check::npos) where = session_at_[c.session];
      else if (c.week != program_check::npos) where = week_at_[c.week];
      else if (c.progression != program_check::npos) where = progression_at_[c.progression];
      set_error(c.message, where);
      out.error_ = err_;
      return out;
    }
    out.program_ = p;
    out.ok_ = true;
    return out;
  }

 private:
  using builder = basic_program_builder<L>;
  text_view text_;
  span<const exercise_record> catalog_;
  builder builder_{};
  bool failed_ = false;
  program_text_error err_{};
  std::size_t line_start_ = 0;
  bool anything_ = false;  // a week, day, block or exercise has been read
  bool named_ = false;
  // where each part of the program was written, to place check()'s findings
  detail::array<std::uint32_t, L.weeks> week_at_{};
  detail::array<std::uint32_t, L.sessions> session_at_{};
  detail::array<std::uint32_t, L.blocks> block_at_{};
  detail::array<std::uint32_t, L.entries> entry_at_{};
  detail::array<std::uint32_t, L.groupings> grouping_at_{};
  detail::array<std::uint32_t, L.progressions> progression_at_{};
  bool length_stated_ = false;
  // a grouping being read: its header, then its labelled lines
  bool header_ = false;
  std::size_t header_at_ = 0;
  grouping_kind header_kind_{};
  rest header_rounds_{}, header_exercises_{};
  detail::array<entry_spec, max_grouping_entries> run_{};
  detail::array<std::uint32_t, max_grouping_entries> run_at_{};
  std::size_t run_size_ = 0;

  constexpr void set_error(text_view message, std::size_t at) noexcept {
    if (failed_) return;
    failed_ = true;
    err_.message = message;
    err_.position = at;
    // the line and column of `at`
    std::size_t line = 1, start = 0;
    for (std::size_t i = 0; i < at && i < text_.size(); ++i)
      if (text_[i] == '\n') {
        ++line;
        start = i + 1;
      }
    err_.line = line;
    err_.column = column_of(text_, start, at);
  }
  constexpr void set_error(const error& e, std::size_t offset) noexcept {
    set_error(e.message, (e.position == error::no_position ? 0 : e.position) + offset);
  }
  /// Records where the parts the builder opened since `before` were written.
  struct counts {
    std::size_t weeks, sessions, blocks, entries, groupings;
  };
  constexpr counts now() const noexcept {
    const auto& p = builder_.peek();
    return {p.weeks().size(), p.sessions().size(), p.blocks().size(), p.entries().size(), p.groupings().size()};
  }
  constexpr bool placed(const counts& before, std::size_t at) noexcept {
    if (builder_.broken() != program_rule::none) {
      set_error(statement_of(builder_.broken()).message, at);
      return false;
    }
    const counts c = now();
    const auto at32 = static_cast<std::uint32_t>(at);
    for (std::size_t i = before.weeks; i < c.weeks; ++i) week_at_[i] = at32;
    for (std::size_t i = before.sessions; i < c.sessions; ++i) session_at_[i] = at32;
    for (std::size_t i = before.blocks; i < c.blocks; ++i) block_at_[i] = at32;
    for (std::size_t i = before.entries; i < c.entries; ++i) entry_at_[i] = at32;
    for (std::size_t i = before.groupings; i < c.groupings; ++i) grouping_at_[i] = at32;
    anything_ = true;
    return true;
  }

  // ---- words ------------------------------------------------------------------
  /// The word `w` (ASCII case ignored) at `at`, ending at a word boundary before `e`.
  constexpr bool word_at(std::size_t at, std::size_t e, text_view w, std::size_t& after) const noexcept {
    if (e - at < w.size()) return false;
    for (std::size_t i = 0; i != w.size(); ++i)
      if (ascii::lower(text_[at + i]) != w[i]) return false;
    const std::size_t p = at + w.size();
    if (p < e && ascii::is_alnum(text_[p])) return false;
    after = p;
    return true;
  }
  constexpr std::size_t skip(std::size_t p, std::size_t e) const noexcept {
    while (p < e && ascii::is_blank(text_[p])) ++p;
    return p;
  }
  /// A number of at most four digits at `p`.
  constexpr bool small_number(std::size_t& p, std::size_t e, std::uint32_t& v) const noexcept {
    const std::size_t start = p;
    v = 0;
    while (p < e && ascii::is_digit(text_[p]) && p - start < 5) v = v * 10U + static_cast<std::uint32_t>(text_[p++] - '0');
    return p != start && p - start <= 4;
  }

  // ---- lines ------------------------------------------------------------------
  constexpr void line(std::size_t b, std::size_t e) noexcept {
    std::size_t after = 0;
    if (word_at(b, e, "program", after) && skip(after, e) < e && text_[skip(after, e)] == ':') {
      end_run();
      if (named_) return set_error(msg_program_twice, b);
      if (anything_) return set_error(msg_program_late, b);
      named_ = true;
      builder_ = builder{text_.substr(skip(skip(after, e) + 1, e), e - skip(skip(after, e) + 1, e))};
      return;
    }
    if (word_at(b, e, "weeks", after) && skip(after, e) < e && text_[skip(after, e)] == ':') return length_line(b, skip(after, e) + 1, e);
    if (word_at(b, e, "progression", after)) {
      std::size_t c = skip(after, e);
      if (c < e && text_[c] == '"')  // a quoted name may hold ':' (it holds no '"')
        for (++c; c < e && text_[c] != '"';) ++c;
      while (c < e && text_[c] != ':') ++c;
      if (c < e) return progression_line(b, after, c, e);
    }
    if (word_at(b, e, "week", after)) return week_line(b, after, e);
    if (day_line(b, e)) return;
    if (block_line(b, e)) return;
    if (grouping_line(b, e)) return;
    entry_line(b, e);
  }

  // ---- program-level lines: the length and the progressions ----------------------
  constexpr void length_line(std::size_t b, std::size_t p, std::size_t e) noexcept {
    end_run();
    if (failed_) return;
    p = skip(p, e);
    const std::size_t at = p;
    std::uint32_t n = 0;
    if (length_stated_ || !small_number(p, e, n) || skip(p, e) != e || n == 0) return set_error(msg_length, at < e ? at : b);
    if (n > 520) return set_error(statement_of(program_rule::program_too_long).message, at);
    length_stated_ = true;
    anything_ = true;
    builder_.runs_for(static_cast<std::uint16_t>(n));
  }
  /// A number with at most one decimal, in tenths, at most 6553.5.
  constexpr bool tenths_at(std::size_t& p, std::size_t e, std::uint32_t& v) const noexcept {
    const std::size_t start = p;
    v = 0;
    while (p < e && ascii::is_digit(text_[p]) && p - start < 6) v = v * 10U + static_cast<std::uint32_t>(text_[p++] - '0');
    if (p == start || p - start > 5) return false;
    v *= 10U;
    if (p + 1 < e && text_[p] == '.' && ascii::is_digit(text_[p + 1])) {
      v += static_cast<std::uint32_t>(text_[p + 1] - '0');
      p += 2;
    }
    return v <= 65535U;
  }
  constexpr bool integer_at(std::size_t& p, std::size_t e, std::uint32_t& v, std::uint32_t most) const noexcept {
    const std::size_t start = p;
    v = 0;
    while (p < e && ascii::is_digit(text_[p]) && p - start < 6) v = v * 10U + static_cast<std::uint32_t>(text_[p++] - '0');
    return p != start && p - start <= 5 && v <= most;
  }
  /// The word `w` after blanks; moves `p` past it.
  constexpr bool word(std::size_t& p, std::size_t e, text_view w) const noexcept {
    std::size_t after = 0;
    if (!word_at(skip(p, e), e, w, after)) return false;
    p = after;
    return true;
  }
  constexpr bool mark(std::size_t& p, std::size_t e, char c) const noexcept {
    const std::size_t q = skip(p, e);
    if (q == e || text_[q] != c) return false;
    p = q + 1;
    return true;
  }

  /// "progression NAME: part, part, ...".
  constexpr void progression_line(std::size_t b, std::size_t after, std::size_t colon, std::size_t e) noexcept {
    end_run();
    if (failed_) return;
    std::size_t nb = skip(after, colon), ne = colon;
    while (ne > nb && ascii::is_blank(text_[ne - 1])) --ne;
    if (ne - nb >= 2 && text_[nb] == '"' && text_[ne - 1] == '"') {
      ++nb;
      --ne;
    }
    if (nb == ne) return set_error(msg_progression, b);
    exercise_id id{};
    if (!resolve(text_.substr(nb, ne - nb), nb, id)) return;
    progression pr{};
    // the parts stated: kind, step, deload after failures, wave, training max, cycle step, every, weeks, sets, load
    enum : std::uint32_t { k_kind = 1, k_step = 2, k_fail = 4, k_wave = 8, k_max = 16, k_cycle = 32, k_every = 64,
                           k_weeks = 128, k_sets = 256, k_load = 512, k_none = 1024 };
    std::uint32_t stated = 0;
    std::size_t p = colon + 1;
    for (;;) {
      std::size_t pe = p;
      while (pe < e && text_[pe] != ',') ++pe;
      const std::size_t part_at = skip(p, pe);
      std::uint32_t bit = 0;
      if (!progression_part(part_at, pe, pr, stated, bit)) {
        if (!failed_) set_error(msg_progression, part_at < e ? part_at : b);
        return;
      }
      if ((stated & bit) != 0 || (bit == k_none && stated != 0) || ((stated & k_none) != 0)) return set_error(msg_progression_part, part_at);
      stated |= bit;
      if (pe == e) break;
      p = pe + 1;
    }
    (void)k_kind; (void)k_step; (void)k_fail; (void)k_wave; (void)k_max; (void)k_cycle; (void)k_every; (void)k_weeks; (void)k_sets; (void)k_load;
    const counts before = now();
    builder_.progress(id, pr);
    if (placed(before, b)) progression_at_[builder_.peek().progressions().size() - 1] = static_cast<std::uint32_t>(b);
  }

  /// One part of a progression line in [p, e): fills `pr`, says which part it was in `bit`.
  constexpr bool progression_part(std::size_t p, std::size_t e, progression& pr, std::uint32_t stated, std::uint32_t& bit) noexcept {
    const auto kind_is = [&](progression_kind k) { return (stated & 1U) != 0 && pr.kind == k; };
    const auto at_end = [&] { return skip(p, e) == e; };
    const std::size_t part_at = p;
    std::uint32_t v = 0, n = 0;
    if (word(p, e, "none")) {
      bit = 1024;
      return at_end();
    }
    if (mark(p, e, '+')) {  // a step: per session or week (linear, double progression) or per cycle (wave)
      if (!tenths_at(p, e, v)) return false;
      load_kind unit = load_kind::none;
      bool percent = false;
      if (mark(p, e, '%')) percent = true;
      else if (word(p, e, "kg")) unit = load_kind::kg;
      else if (word(p, e, "lb")) unit = load_kind::lb;
      if (!word(p, e, "per")) return false;
      if (word(p, e, "cycle")) {
        if (!kind_is(progression_kind::percentage_wave)) return set_error(msg_progression_part, part_at), false;
        if (percent) unit = load_kind::percent_1rm;
        if (unit == load_kind::none) return false;
        pr.wave.step_per_cycle = {unit, static_cast<std::uint16_t>(v)};
        bit = 32;
        return at_end();
      }
      progression_period per{};
      if (word(p, e, "session")) per = progression_period::session;
      else if (word(p, e, "week")) per = progression_period::week;
      else return false;
      if (unit != load_kind::none) return false;  // the step is in the load's own unit
      const load_step step{static_cast<std::uint16_t>(v), percent ? load_step::unit_kind::percent_of_load : load_step::unit_kind::tenths};
      if ((stated & 1U) == 0) {
        pr.kind = progression_kind::linear;
        pr.linear.step = step;
        pr.linear.per = per;
        bit = 2 | 1;
      } else if (pr.kind == progression_kind::double_progression) {
        pr.reps_then_load.step = step;
        pr.reps_then_load.per = per;
        bit = 2;
      } else {
        return set_error(msg_progression_part, part_at), false;
      }
      return at_end();
    }
    if (word(p, e, "double")) {
      if (!word(p, e, "progression") || !mark(p, e, '+')) return false;
      p = skip(p, e);
      if (!integer_at(p, e, n, 65535) || !(word(p, e, "rep") || word(p, e, "reps"))) return false;
      if ((stated & 1U) != 0) return set_error(msg_progression_part, part_at), false;
      pr.kind = progression_kind::double_progression;
      pr.reps_then_load.rep_step = static_cast<std::uint16_t>(n);
      bit = 1;
      return at_end();
    }
    if (word(p, e, "5/3/1")) {
      if ((stated & 1U) != 0) return set_error(msg_progression_part, part_at), false;
      const auto tm = pr.wave.training_max, step = pr.wave.step_per_cycle;
      pr.kind = progression_kind::percentage_wave;
      pr.wave = five_three_one(tm, step);
      bit = 1 | 8;
      return at_end();
    }
    if (word(p, e, "wave")) {
      if ((stated & 1U) != 0) return set_error(msg_progression_part, part_at), false;
      pr.kind = progression_kind::percentage_wave;
      percentage_wave w{};
      for (;;) {
        if (w.count == max_wave_weeks) return false;
        wave_week& wk = w.weeks[w.count++];
        for (;;) {
          p = skip(p, e);
          if (!tenths_at(p, e, v) || v == 0 || v > 1000 || !mark(p, e, '%') || !(mark(p, e, 'x') || mark(p, e, 'X'))) return false;
          p = skip(p, e);
          if (!integer_at(p, e, n, 9999) || n == 0 || wk.count == max_listed_sets) return false;
          wk.sets[wk.count++] = {static_cast<std::uint16_t>(v), static_cast<std::uint16_t>(n)};
          if (p < e && text_[p] == '+') {
            ++p;
            wk.last_set_amap = true;
            const std::size_t q = skip(p, e);
            if (q != e && text_[q] != '/') return false;  // only the last set of a week goes to as many as possible
          }
          const std::size_t q = skip(p, e);
          if (q == e || text_[q] == '/') break;
        }
        if (!mark(p, e, '/')) break;
      }
      pr.wave.weeks = w.weeks;
      pr.wave.count = w.count;
      bit = 1 | 8;
      return at_end();
    }
    if (word(p, e, "training")) {
      if (!word(p, e, "max")) return false;
      if (!kind_is(progression_kind::percentage_wave)) return set_error(msg_progression_part, part_at), false;
      p = skip(p, e);
      if (!tenths_at(p, e, v) || v == 0) return false;
      load_kind unit = load_kind::none;
      if (mark(p, e, '%')) unit = load_kind::percent_1rm;
      else if (word(p, e, "kg")) unit = load_kind::kg;
      else if (word(p, e, "lb")) unit = load_kind::lb;
      else return false;
      pr.wave.training_max = {unit, static_cast<std::uint16_t>(v)};
      bit = 16;
      return at_end();
    }
    if (word(p, e, "deload")) {
      auto& d = pr.deload;
      if (word(p, e, "to")) {  // deload to 90% after 3 failures
        if (!kind_is(progression_kind::linear)) return set_error(msg_progression_part, part_at), false;
        p = skip(p, e);
        if (!tenths_at(p, e, v) || !mark(p, e, '%') || !word(p, e, "after")) return false;
        p = skip(p, e);
        if (!integer_at(p, e, n, 255) || !(word(p, e, "failures") || word(p, e, "failure"))) return false;
        pr.linear.deload_to = static_cast<std::uint16_t>(v);
        pr.linear.deload_after = static_cast<std::uint8_t>(n);
        bit = 4;
        return at_end();
      }
      if (word(p, e, "every")) {  // deload every 4 weeks
        p = skip(p, e);
        if (!integer_at(p, e, n, 255) || !(word(p, e, "weeks") || word(p, e, "week"))) return false;
        d.every = static_cast<std::uint8_t>(n);
        bit = 64;
        return at_end();
      }
      if (word(p, e, "weeks") || word(p, e, "week")) {  // deload weeks 3 7
        for (;;) {
          p = skip(p, e);
          if (p == e) break;
          if (d.listed == max_deload_weeks || !integer_at(p, e, n, 9999) || n == 0) return false;
          d.weeks[d.listed++] = static_cast<std::uint16_t>(n);
        }
        if (d.listed == 0) return false;
        bit = 128;
        return true;
      }
      const bool sets = word(p, e, "sets");
      if (!sets && !word(p, e, "load")) return false;
      p = skip(p, e);
      if (!tenths_at(p, e, v) || !mark(p, e, '%')) return false;
      (sets ? d.sets_percent : d.load_percent) = static_cast<std::uint16_t>(v);
      bit = sets ? 256U : 512U;
      return at_end();
    }
    return false;
  }

  constexpr void week_line(std::size_t b, std::size_t after, std::size_t e) noexcept {
    end_run();
    if (failed_) return;
    std::size_t p = skip(after, e);
    std::uint32_t n = 0;
    if (!small_number(p, e, n) || skip(p, e) != e) return set_error(msg_week, b);
    const counts before = now();
    builder_.week(static_cast<std::uint16_t>(n));
    (void)placed(before, b);
  }

  /// "day N[: title]" or a weekday "[: title]".
  constexpr bool day_line(std::size_t b, std::size_t e) noexcept {
    constexpr const auto& days = detail::weekday_words;
    std::size_t after = 0;
    std::uint32_t day = 0;
    std::size_t day_at = b;
    if (word_at(b, e, "day", after)) {
      std::size_t p = skip(after, e);
      day_at = p;
      if (!small_number(p, e, day)) {
        end_run();
        set_error(msg_day, p);
        return true;
      }
      after = p;
    } else {
      for (std::size_t d = 0; d != 7 && day == 0; ++d)
        for (const text_view w : days[d])
          if (!w.empty() && word_at(b, e, w, after)) {
            day = static_cast<std::uint32_t>(d + 1);
            break;
          }
      if (day == 0) return false;
      // a weekday alone or before ':' only: "sun salutation 3x5" is an exercise line
      const std::size_t p = skip(after, e);
      if (p != e && text_[p] != ':') return false;
    }
    end_run();
    if (failed_) return true;
    std::size_t p = skip(after, e);
    text_view title{};
    if (p != e) {
      if (text_[p] != ':') {
        set_error(msg_day, p);
        return true;
      }
      p = skip(p + 1, e);
      title = text_.substr(p, e - p);
    }
    if (day < 1 || day > 7) {
      set_error(statement_of(program_rule::day_outside_week).message, day_at);
      return true;
    }
    const counts before = now();
    builder_.day(static_cast<std::uint8_t>(day), title);
    (void)placed(before, b);
    return true;
  }

  /// A role, an optional length, then ':' (and optionally, after it, one
  /// exercise or a one-line grouping), or a role before a grouping header
  /// ("priming tri-set:").
  constexpr bool block_line(std::size_t b, std::size_t e) noexcept {
    parser p(text_, b, e);
    block_role role{};
    if (!p.role_word(role)) return false;
    // the length, as the notation reads a block's: "10-15min", "90s"
    block bl{};
    bl.role = role;
    const std::size_t save = p.pos_;
    p.skip_blanks();
    if (ascii::is_digit(p.peek())) {
      std::uint32_t lo = 0, hi = 0;
      const std::size_t at = p.pos_;
      if (!p.number(lo)) return bad_header(p.err_);
      hi = lo;
      if (p.range_dash() && !p.number(hi)) return bad_header(p.err_);
      time_unit u{};
      if (!p.time_unit_word(u)) return false;  // "main 3x5": not a header
      if (lo == 0) return bad_header(rule_error(rule::block_length_zero, at));
      if (lo > hi) return bad_header(rule_error(rule::block_range_inverted, at));
      bl.min_length = static_cast<std::uint16_t>(lo);
      bl.max_length = static_cast<std::uint16_t>(hi);
      bl.length_unit = u;
    } else {
      p.pos_ = save;
    }
    p.skip_blanks();
    const std::size_t rest_at = p.pos_;
    grouping_kind k{};
    const bool grouping_follows = p.grouping_kind_word(k) && p.symbol(':');
    p.pos_ = rest_at;
    if (!grouping_follows && p.peek() != ':') return false;  // an exercise whose name starts with a role's word
    end_run();
    if (failed_) return true;
    const counts before = now();
    builder_.block(role, bl.min_length, bl.max_length, bl.length_unit);
    if (!placed(before, b)) return true;
    if (grouping_follows) {
      (void)grouping_line(rest_at, e);
      return true;
    }
    std::size_t q = skip(rest_at + 1, e);
    if (q == e) return true;
    if (!grouping_line(q, e)) entry_line(q, e);
    return true;
  }
  constexpr bool bad_header(const error& err) noexcept {
    end_run();
    set_error(err, 0);
    return true;
  }

  /// "KIND:" alone (with optional rests: "tri-set: rest 90s") before labelled
  /// lines, or a one-line grouping "KIND: A name scheme; B name scheme".
  constexpr bool grouping_line(std::size_t b, std::size_t e) noexcept {
    parser p(text_, b, e);
    grouping g{};
    if (!p.grouping_kind_word(g.kind)) return false;
    if (!p.symbol(':')) return false;  // "circuit training 3x10": an exercise line
    end_run();
    if (failed_) return true;
    // a header: nothing after the colon but rest clauses
    parser h(text_, p.pos_, e);
    bool header = true;
    for (;;) {
      h.skip_blanks();
      if (h.at_end()) break;
      std::size_t seg = h.pos_;
      while (seg < e && text_[seg] != ';') ++seg;
      if (seg == h.pos_) {
        h.pos_ = seg + 1;
        continue;
      }
      if (!h.rest_clause(g, seg)) {
        header = false;
        break;
      }
      if (h.failed_) {
        set_error(h.err_, 0);
        return true;
      }
      h.pos_ = seg < e ? seg + 1 : seg;
    }
    if (header) {
      header_ = true;
      header_at_ = b;
      header_kind_ = g.kind;
      header_rounds_ = g.between_rounds;
      header_exercises_ = g.between_exercises;
      return true;
    }
    // one line: the notation's grouping
    const auto read = parse_grouping(text_.substr(b, e - b));
    if (!read) {
      set_error(read.error(), b);
      return true;
    }
    detail::array<entry_spec, max_grouping_entries> specs{};
    detail::array<std::uint32_t, max_grouping_entries> at{};
    for (std::size_t i = 0; i != read->size; ++i) {
      const text_view name = read->entries[i].exercise;
      const auto name_at = static_cast<std::size_t>(name.data() - text_.data());
      if (!resolve(name, name_at, specs[i].exercise)) return true;
      specs[i].scheme = read->entries[i].scheme;
      at[i] = static_cast<std::uint32_t>(name_at);
    }
    const counts before = now();
    builder_.group(read->kind, span<const entry_spec>{specs.data(), read->size}, read->between_rounds,
                   read->between_exercises);
    if (!placed(before, b)) return true;
    for (std::size_t i = 0; i != read->size; ++i) entry_at_[before.entries + i] = at[i];
    return true;
  }

  constexpr bool resolve(text_view name, std::size_t at, exercise_id& id) noexcept {
    const resolved_name r = resolve_name(name, catalog_);
    if (r.found) {
      id = r.exercise;
      return true;
    }
    set_error(r.message, at);
    err_.name = name;
    err_.candidates = r.candidates;
    err_.candidate_count = r.candidate_count;
    return false;
  }

  /// "[label] name scheme".
  constexpr void entry_line(std::size_t b, std::size_t e) noexcept {
    coach_label label{};
    std::size_t p = b;
    if (ascii::is_digit(text_[p])) {
      std::size_t q = p;
      std::uint32_t n = 0;
      while (q < e && ascii::is_digit(text_[q]) && q - p < 4) n = n * 10U + static_cast<std::uint32_t>(text_[q++] - '0');
      char letter = 0;
      if (q < e && ascii::is_letter(text_[q])) letter = static_cast<char>(ascii::lower(text_[q++]) - 'a' + 'A');
      if (q < e && (text_[q] == '.' || text_[q] == ')') && (q + 1 == e || ascii::is_blank(text_[q + 1]))) {
        if (n == 0 || n > 255) {
          end_run();
          return set_error(msg_label, p);
        }
        label = {static_cast<std::uint8_t>(n), letter};
        p = skip(q + 1, e);
      }
    }
    named_entry_parser np(text_, p, e);
    text_view name{};
    set_scheme s{};
    if (!np.named_entry(name, s)) {
      end_run();
      return set_error(np.err_, 0);
    }
    const auto name_at = static_cast<std::size_t>(name.data() - text_.data());
    exercise_id id{};
    if (!resolve(name, name_at, id)) return;
    if (label.letter != 0) {
      // a labelled line of a grouping: it continues the run or starts one
      const bool continues = run_size_ != 0 && run_[0].label.number == label.number &&
                             run_[run_size_ - 1].label.letter + 1 == label.letter;
      if (!continues && run_size_ != 0) {
        end_run();
        if (failed_) return;
      }
      if (run_size_ == 0 && label.letter != 'A' && header_) return set_error(msg_header_without_lines, b);
      if (run_size_ == max_grouping_entries) return set_error(msg_grouping_too_large, b);
      run_[run_size_] = {id, s, label};
      run_at_[run_size_++] = static_cast<std::uint32_t>(name_at);
      return;
    }
    end_run();
    if (failed_) return;
    const counts before = now();
    builder_.add(id, s, label);
    if (placed(before, b)) entry_at_[before.entries] = static_cast<std::uint32_t>(name_at);
  }

  /// Ends a run of labelled lines: a grouping of the header's kind; a lone
  /// labelled line without a header stands alone; two or more without a header
  /// are an error. A header with no lines after it is an error.
  constexpr void end_run() noexcept {
    if (failed_) return;
    if (run_size_ == 0) {
      if (header_) set_error(msg_header_without_lines, header_at_);
      return;
    }
    const std::size_t n = run_size_;
    run_size_ = 0;
    const counts before = now();
    if (header_) {
      header_ = false;
      builder_.group(header_kind_, span<const entry_spec>{run_.data(), n}, header_rounds_, header_exercises_);
      if (!placed(before, header_at_)) return;
    } else if (n == 1) {
      builder_.add(run_[0].exercise, run_[0].scheme, run_[0].label);
      if (!placed(before, run_at_[0])) return;
    } else {
      return set_error(msg_ungrouped_run, run_at_[0]);
    }
    for (std::size_t i = 0; i != n; ++i) entry_at_[before.entries + i] = run_at_[i];
  }
};

}  // namespace detail

/// Reads a program file (see the top of this header and docs/programs.md).
/// Names resolve in `catalog`; the program's names and titles view `text`.
template <program_limits Limits = program_limits{}>
[[nodiscard]] constexpr program_text_result<Limits> parse_program(
    text_view text, span<const exercise_record> catalog = builtin_catalog()) noexcept {
  return detail::program_reader<Limits>(text, catalog).read();
}

/// An exercise name as a person writes it, resolved in `catalog` as a program
/// file's names are: the id, or the message and the closest exercises. A
/// catalog that extends the built-in one (extends_builtin_catalog) reads the
/// built-in names and aliases too, after the user's own ids and names.
using detail::resolved_name;
[[nodiscard]] constexpr resolved_name resolve_exercise_name(text_view written,
                                                            span<const exercise_record> catalog = builtin_catalog()) noexcept {
  return detail::resolve_name(written, catalog);
}

// ---- writing ------------------------------------------------------------------------

namespace detail {

/// The text a program file names exercise `id` by: its name when that reads
/// back to it in `catalog`, else its id.
constexpr text_view written_name(exercise_id id, span<const exercise_record> catalog) noexcept {
  if (id.index >= catalog.size()) return "?";
  const auto& r = catalog[id.index];
  const auto usable = [&](text_view n) {
    if (n.empty() || !well_formed_name(n)) return false;
    for (char c : n)
      if (c == '#') return false;
    const resolved_name back = resolve_name(n, catalog);
    return back.found && back.exercise == id;
  };
  if (usable(r.name)) return r.name;
  return r.id;
}

/// Whether a line beginning with `name` (no label before it) could read as a
/// line other than an exercise's (program_reader::line): a header word ("week",
/// "day", "progression"), a coach label ("1.", "2A)"), or a ':' that may close a
/// header ("program:", "weeks:", a weekday, a block role, a grouping kind).
/// Such a name is written quoted.
constexpr bool name_opens_other_line(text_view name) noexcept {
  const auto starts_with_word = [&](text_view w) {
    if (name.size() < w.size()) return false;
    for (std::size_t i = 0; i != w.size(); ++i)
      if (ascii::lower(name[i]) != w[i]) return false;
    return name.size() == w.size() || !ascii::is_alnum(name[w.size()]);
  };
  if (starts_with_word("week") || starts_with_word("day") || starts_with_word("progression")) return true;
  std::size_t q = 0;
  while (q < name.size() && ascii::is_digit(name[q]) && q < 4) ++q;
  if (q != 0 && q < name.size() && ascii::is_letter(name[q])) ++q;
  if (q != 0 && q < name.size() && (name[q] == '.' || name[q] == ')') && (q + 1 == name.size() || ascii::is_blank(name[q + 1])))
    return true;
  for (const char c : name)
    if (c == ':') return true;
  return false;
}

/// Writes a program line by line: each line into `line`, then to the sink.
template <class Sink>
class program_writer {
 public:
  constexpr program_writer(Sink& sink, span<const exercise_record> catalog) noexcept : sink_(sink), catalog_(catalog) {}

  template <program_limits L>
  constexpr void write(const basic_program<L>& p) noexcept {
    if (!p.name.empty()) {
      auto w = begin();
      w.put("program: ");
      w.put(p.name);
      end(w);
    }
    if (p.stated_length() != 0) {
      auto w = begin();
      w.put("weeks: ");
      w.number(p.stated_length());
      end(w);
    }
    for (const auto& pr : p.progressions()) write_progression(pr);
    const bool weeks_stated = p.weeks().size() != 1 || p.weeks()[0].number != 1;
    for (const auto& wk : p.weeks()) {
      if (weeks_stated) {
        auto w = begin();
        w.put("week ");
        w.number(wk.number);
        end(w);
      }
      for (const auto& s : p.sessions(wk)) {
        auto w = begin();
        w.put("day ");
        w.number(s.day);
        if (!s.title.empty()) {
          w.put(": ");
          w.put(s.title);
        }
        end(w);
        for (const auto& b : p.blocks(s)) write_block(p, b);
      }
    }
  }

 private:
  Sink& sink_;
  span<const exercise_record> catalog_;
  detail::array<char, line_text_capacity + 2 * max_exercise_name> line_{};

  constexpr text_writer begin() noexcept { return text_writer(line_.data(), line_.data() + line_.size()); }
  constexpr void end(text_writer& w) noexcept {
    w.put('\n');
    sink_(text_view{line_.data(), static_cast<std::size_t>(w.out - line_.data())});
  }


  constexpr void percent(text_writer& w, std::uint32_t tenths) noexcept {
    w.tenths(tenths);
    w.put('%');
  }
  constexpr void amount(text_writer& w, load l) noexcept {
    w.tenths(l.tenths);
    w.put(l.kind == load_kind::kg ? text_view{"kg"} : l.kind == load_kind::lb ? text_view{"lb"} : text_view{"%"});
  }
  constexpr void step(text_writer& w, load_step s, progression_period per) noexcept {
    w.put('+');
    w.tenths(s.amount);
    if (s.unit == load_step::unit_kind::percent_of_load) w.put('%');
    w.put(per == progression_period::week ? " per week" : " per session");
  }
  /// "progression NAME: part, part, ..."
  constexpr void write_progression(const exercise_progression& ep) noexcept {
    auto w = begin();
    w.put("progression ");
    const text_view name = written_name(ep.exercise, catalog_);
    bool quote = false;
    for (char c : name) quote = quote || c == ':';
    if (quote) w.put('"');
    w.put(name);
    if (quote) w.put('"');
    w.put(": ");
    const progression& p = ep.rule;
    bool first = true;
    const auto part = [&] {
      if (!first) w.put(", ");
      first = false;
    };
    switch (p.kind) {
      case progression_kind::none: break;
      case progression_kind::linear:
        part();
        step(w, p.linear.step, p.linear.per);
        if (p.linear.deload_after != 0 || p.linear.deload_to != 900) {
          part();
          w.put("deload to ");
          percent(w, p.linear.deload_to);
          w.put(" after ");
          w.number(p.linear.deload_after);
          w.put(" failures");
        }
        break;
      case progression_kind::double_progression:
        part();
        w.put("double progression +");
        w.number(p.reps_then_load.rep_step);
        w.put(p.reps_then_load.rep_step == 1 ? " rep" : " reps");
        part();
        step(w, p.reps_then_load.step, p.reps_then_load.per);
        break;
      case progression_kind::percentage_wave: {
        part();
        const auto& wv = p.wave;
        if (wv.weeks == five_three_one(wv.training_max, wv.step_per_cycle).weeks && wv.count == 4) {
          w.put("5/3/1");
        } else {
          w.put("wave ");
          for (std::size_t k = 0; k != wv.count && k != max_wave_weeks; ++k) {
            if (k != 0) w.put(" / ");
            const auto& wk = wv.weeks[k];
            for (std::size_t i = 0; i != wk.count && i != max_listed_sets; ++i) {
              if (i != 0) w.put(' ');
              percent(w, wk.sets[i].percent);
              w.put('x');
              w.number(wk.sets[i].reps);
            }
            if (wk.last_set_amap) w.put('+');
          }
        }
        part();
        w.put("training max ");
        amount(w, wv.training_max);
        if (wv.step_per_cycle != load{}) {
          part();
          w.put('+');
          amount(w, wv.step_per_cycle);
          w.put(" per cycle");
        }
        break;
      }
    }
    const auto& d = p.deload;
    if (d.every != 0) {
      part();
      w.put("deload every ");
      w.number(d.every);
      w.put(" weeks");
    }
    if (d.listed != 0) {
      part();
      w.put("deload weeks");
      for (std::size_t i = 0; i != d.listed && i != max_deload_weeks; ++i) {
        w.put(' ');
        w.number(d.weeks[i]);
      }
    }
    if (d.sets_percent != 1000) {
      part();
      w.put("deload sets ");
      percent(w, d.sets_percent);
    }
    if (d.load_percent != 1000) {
      part();
      w.put("deload load ");
      percent(w, d.load_percent);
    }
    if (first) w.put("none");
    end(w);
  }

  constexpr void label(text_writer& w, coach_label l) noexcept {
    if (!l.stated()) return;
    w.number(l.number);
    if (l.letter != 0) w.put(l.letter);
    w.put(". ");
  }
  constexpr void entry(text_writer& w, const program_entry& e) noexcept {
    label(w, e.label);
    const text_view name = written_name(e.exercise, catalog_);
    const bool quoted = !bare_named_entry_reads_back(name, e.scheme) || (!e.label.stated() && name_opens_other_line(name));
    if (quoted) w.put('"');
    w.put(name);
    if (quoted) w.put('"');
    w.put(' ');
    write_scheme(w, e.scheme);
  }
  /// The grouping's rests as clauses, each after "; " (or a blank when it is the first after the colon).
  static constexpr void rests(text_writer& w, const program_grouping& g, bool after_colon) noexcept {
    if (g.between_exercises.stated) {
      w.put(after_colon ? " rest " : "; rest ");
      after_colon = false;
      w.time(g.between_exercises.length);
      w.put(" between exercises");
    }
    if (g.between_rounds.stated) {
      w.put(after_colon ? " rest " : "; rest ");
      w.time(g.between_rounds.length);
    }
  }

  template <program_limits L>
  constexpr void write_block(const basic_program<L>& p, const program_block& b) noexcept {
    {
      auto w = begin();
      w.put(role_name(b.role));
      if (b.min_length != 0) {
        w.put(' ');
        w.number(b.min_length);
        if (b.max_length != b.min_length) {
          w.put('-');
          w.number(b.max_length);
        }
        w.put(b.length_unit == time_unit::minute ? "min" : "s");
      }
      w.put(':');
      end(w);
    }
    const auto entries = p.entries(b);
    for (std::size_t i = 0; i < entries.size();) {
      const program_entry& e = entries[i];
      const program_grouping* g = p.grouping_of(e);
      if (g == nullptr) {
        auto w = begin();
        entry(w, e);
        end(w);
        ++i;
        continue;
      }
      const auto members = p.entries(*g);
      // labelled NA., NB., ...: a header, then a line each; otherwise one line
      bool labelled = members.size() != 0 && members[0].label.number != 0;
      for (std::size_t k = 0; k != members.size() && labelled; ++k)
        labelled = members[k].label.number == members[0].label.number &&
                   members[k].label.letter == static_cast<char>('A' + k);
      auto w = begin();
      w.put(grouping_name(g->kind));
      w.put(':');
      if (labelled) {
        rests(w, *g, true);
        end(w);
        for (const auto& m : members) {
          auto line = begin();
          entry(line, m);
          end(line);
        }
      } else {
        grouping shape{};
        shape.kind = g->kind;
        shape.between_exercises = g->between_exercises;
        shape.between_rounds = g->between_rounds;
        shape.size = static_cast<std::uint8_t>(members.size() < max_grouping_entries ? members.size() : max_grouping_entries);
        for (std::size_t k = 0; k != shape.size; ++k)
          shape.entries[k] = {written_name(members[k].exercise, catalog_), members[k].scheme};
        auto line = begin();
        write_grouping(line, shape);
        end(line);
      }
      i += members.size() == 0 ? 1 : members.size();
    }
  }
};

struct range_sink {
  char* out;
  char* last;
  bool cut = false;
  constexpr void operator()(text_view t) noexcept {
    for (char c : t) {
      if (out == last) {
        cut = true;
        return;
      }
      *out++ = c;
    }
  }
};
struct counting_sink {
  std::size_t size = 0;
  constexpr void operator()(text_view t) noexcept { size += t.size(); }
};

}  // namespace detail

/// Writes the canonical text of `p` to `sink`, a callable taking a text_view,
/// one line at a time (each ending in '\n').
template <class Sink, program_limits L>
constexpr void format_program(Sink& sink, const basic_program<L>& p,
                              span<const exercise_record> catalog = builtin_catalog()) noexcept {
  detail::program_writer<Sink> w(sink, catalog);
  w.write(p);
}

/// The length of the canonical text of `p`.
template <program_limits L>
[[nodiscard]] constexpr std::size_t formatted_size(const basic_program<L>& p,
                                                   span<const exercise_record> catalog = builtin_catalog()) noexcept {
  detail::counting_sink c;
  format_program(c, p, catalog);
  return c.size;
}

/// Writes the canonical text of `p` into [first, last) and returns one past the
/// last character written; when the range is too small the text is cut short
/// and the return value equals `last`.
template <program_limits L>
constexpr char* format_to(char* first, char* last, const basic_program<L>& p,
                          span<const exercise_record> catalog = builtin_catalog()) noexcept {
  detail::range_sink s{first, last};
  format_program(s, p, catalog);
  return s.out;
}

}  // namespace sinew

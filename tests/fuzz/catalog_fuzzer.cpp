// libFuzzer target for the run-time catalog queries (exercises/queries.hpp,
// exercises/scan.hpp): a catalog of exercise_records built from the bytes (any
// size up to 20,000, any field values; with the first byte's top bit, ids
// outside the model too), indexed as a catalog_index and as scan rows. Every
// action query, on every coverage and filter the bytes choose, must give what
// a plain scan over the records gives (covers() and exercise_filter::accepts()),
// into outputs of every size around the exact one: a result that cannot hold
// the whole answer still reports the whole count (as the uint32 output does),
// and what it holds is the answer's prefix. The built-in catalog's precomputed
// indexes must equal a scan of the built-in records for every action, muscle
// and group.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_check.hpp"
#include "sinew/exercises.hpp"

namespace {

using sinew_fuzz::require;

struct splitmix {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
};

// The count of every match a query reports (match_count::matches), whatever
// its output could hold; a plain number is taken as that count.
template <class R>
std::size_t reported_count(const R& r) {
  if constexpr (requires { r.matches; }) return r.matches;
  else return static_cast<std::size_t>(r);
}

struct options {
  bool foreign_ids = false;  // ids beyond the model's (the out-of-range-ids class)
  std::size_t actions = sinew::lower_body_model::action_count;
};

sinew::action_set any_actions(splitmix& g, const options& o, unsigned density) {
  sinew::action_set s;
  for (std::size_t a = 0; a != o.actions; ++a)
    if (g.next() % 64U < density) s.insert(sinew::action_id{static_cast<std::uint8_t>(a)});
  if (o.foreign_ids && g.next() % 16U == 0) s.insert(sinew::action_id{static_cast<std::uint8_t>(o.actions + g.next() % 40U)});
  return s;
}

sinew::exercise_record any_record(splitmix& g, const options& o) {
  using namespace sinew;
  exercise_record r;
  r.loads = any_actions(g, o, 8);
  r.assists = any_actions(g, o, 4) - r.loads;
  r.stabilizes = any_actions(g, o, 3) - (r.loads | r.assists);
  if (g.next() % 4U == 0) r.held_toward = any_actions(g, o, 2) - (r.loads | r.assists);
  if (g.next() % 8U == 0)
    r.treats.insert(group_id{static_cast<std::uint8_t>(g.next() % (lower_body_model::group_count + (o.foreign_ids ? 8U : 0U)))});
  const std::uint32_t eq = (g.next() % 3U == 0 ? 3U : 1U) << (g.next() % equipment_count);
  // Bits past equipment_count are a foreign value of the equipment_set.
  r.equipment.bits = static_cast<std::uint16_t>(o.foreign_ids ? eq : eq & ((1U << equipment_count) - 1U));
  if (r.equipment.bits == 0) r.equipment.bits = 1;
  r.pattern = static_cast<movement_pattern>(g.next() % movement_pattern_count);
  r.stance.bits = static_cast<std::uint8_t>(g.next() % 4U == 0 ? g.next() % 16U : 0U);
  r.laterality = static_cast<laterality>(g.next() % 2U);
  r.spinal_load = static_cast<spinal_load>(g.next() % 3U);
  r.loaded_at = static_cast<load_peak>(g.next() % 3U);
  r.mechanic = static_cast<mechanic>(g.next() % 2U);
  r.difficulty = static_cast<difficulty>(g.next() % 3U);
  r.id = "fuzz";
  r.name = "fuzz";
  return r;
}

sinew::exercise_filter any_filter(sinew_fuzz::byte_reader& in) {
  sinew::exercise_filter f;
  const std::uint8_t how = in.u8();
  if ((how & 1U) != 0) f.available.bits = static_cast<std::uint16_t>(in.u16() & ((1U << sinew::equipment_count) - 1U));
  if ((how & 2U) != 0) f.patterns.bits = in.u32() & ((1U << sinew::movement_pattern_count) - 1U);
  f.no_spinal_load = (how & 4U) != 0;
  f.unilateral_only = (how & 8U) != 0 && (how & 0x40U) != 0;
  f.bilateral_only = (how & 8U) != 0 && (how & 0x40U) == 0;
  f.compound_only = (how & 16U) != 0 && (how & 0x80U) != 0;
  f.isolation_only = (how & 16U) != 0 && (how & 0x80U) == 0;
  f.loaded_stretched_only = (how & 32U) != 0;
  return f;
}

sinew::action_id any_action(sinew_fuzz::byte_reader& in, const options& o) {
  const std::uint8_t b = in.u8();
  if (!o.foreign_ids) return sinew::action_id{static_cast<std::uint8_t>(b % sinew::lower_body_model::action_count)};
  return sinew::action_id{b};
}

// The answer by a plain scan: the indexes of the matching records.
std::vector<std::uint32_t> scan(const std::vector<sinew::exercise_record>& catalog, sinew::action_id a, sinew::coverage c,
                                const sinew::exercise_filter& f) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i != catalog.size(); ++i)
    if (f.accepts(catalog[i]) && sinew::covers(catalog[i], a, c)) out.push_back(static_cast<std::uint32_t>(i));
  return out;
}

std::vector<std::uint64_t> as_bits(const std::vector<std::uint32_t>& hits, std::size_t words) {
  std::vector<std::uint64_t> bits(words, 0);
  for (auto i : hits) bits[i / 64] |= std::uint64_t{1} << (i % 64);
  return bits;
}

// A bitset output of `words` words (around the exact size) must hold the answer's
// prefix, clear the rest, and report the whole count.
template <class Query>
void check_bits(Query query, const std::vector<std::uint32_t>& want, std::size_t exact_words, std::size_t words,
                const char* count_msg, const char* bits_msg) {
  std::vector<std::uint64_t> bits(words + 1, 0xA5A5A5A5A5A5A5A5ULL);  // one guard word past the span
  const std::size_t n = reported_count(query(sinew::span<std::uint64_t>(bits.data(), words)));
  require(n == want.size(), count_msg);
  const auto expected = as_bits(want, exact_words);
  for (std::size_t w = 0; w != words; ++w) require(bits[w] == (w < exact_words ? expected[w] : 0U), bits_msg);
  require(bits[words] == 0xA5A5A5A5A5A5A5A5ULL, "catalog: a query writes nothing past its output");
}

template <class Query>
void check_indexes(Query query, const std::vector<std::uint32_t>& want, std::size_t capacity, const char* count_msg,
                   const char* list_msg) {
  std::vector<std::uint32_t> out(capacity + 1, 0xA5A5A5A5U);
  const std::size_t n = reported_count(query(sinew::span<std::uint32_t>(out.data(), capacity)));
  require(n == want.size(), count_msg);
  for (std::size_t k = 0; k != capacity && k != want.size(); ++k) require(out[k] == want[k], list_msg);
  require(out[capacity] == 0xA5A5A5A5U, "catalog: a query writes nothing past its output");
}

void check_builtin_indexes(sinew_fuzz::byte_reader& in) {
  using namespace sinew;
  const auto catalog = builtin_catalog();
  const exercise_filter f = any_filter(in);
  const auto c = static_cast<coverage>(in.u8() % 3U);
  const auto scan_set = [&](auto target) {
    exercise_set s;
    for (std::size_t i = 0; i != catalog.size(); ++i)
      if (f.accepts(catalog[i]) && covers(catalog[i], target, c)) s.insert(exercise_id{static_cast<std::uint16_t>(i)});
    return s;
  };
  const std::uint8_t which = in.u8();
  const action_id a{static_cast<std::uint8_t>(which % lower_body_model::action_count)};
  require(exercises_covering(a, c, f) == scan_set(a), "built-in index: exercises covering an action equal a scan");
  const group_id g{static_cast<std::uint8_t>(which % lower_body_model::group_count)};
  require(exercises_covering(g, c, f) == scan_set(g), "built-in index: exercises covering a group equal a scan");
  const muscle_id m{static_cast<std::uint16_t>(in.u8() % lower_body_model::muscle_count)};
  require(exercises_covering(m, c, f) == scan_set(m), "built-in index: exercises covering a muscle equal a scan");
}

// Ids from the bytes, any value, into every entry point that takes one: each must
// be defined for every id (a foreign id gives an empty answer or an error), which
// the sanitizers check. The answers are used so that nothing is optimized away.
void check_any_ids(sinew_fuzz::byte_reader& in) {
  using namespace sinew;
  const auto& model = lower_body;
  const action_id a{in.u8()};
  const muscle_id m{in.u16()};
  const group_id g{in.u8()};
  const joint_id j{in.u8()};
  const exercise_id e{in.u16()};
  std::size_t sink = 0;
  sink += model.muscles_performing(a).size() + model.actions_of(m).size() + model.members_of(g).size();
  sink += model.muscles_crossing(j).size() + model.actions_at(j).size() + model.joints_crossed_by(m).size();
  sink += static_cast<std::size_t>(model.performs(m, a)) + static_cast<std::size_t>(model.crosses_joint(m, j));
  sink += static_cast<std::size_t>(model.is_two_joint(m)) + model.antagonist_of(a).index + model.antagonists_of(a).size();
  sink += model.info(a).id.size() + model.info(m).id.size() + model.info(g).id.size() + model.info(j).id.size();
  sink += info(e).id.size() + static_cast<std::size_t>(role_in(e, m)) + static_cast<std::size_t>(emphasis_in(e, m) > 0.5F);
  sink += exercises_covering(a).size() + exercises_covering(m).size() + exercises_covering(g).size();
  ranked_exercise out[4];
  sink += substitutes_for(e, span<ranked_exercise>(out, 4));
  action_set set;
  set.insert(a);
  sink += set.size() + static_cast<std::size_t>(set.contains(a));
  set.erase(a);
  require(sink != static_cast<std::size_t>(-1), "ids: (never broken; keeps the calls)");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sinew;
  sinew_fuzz::byte_reader in(data, size);
  options o;
  const std::uint8_t mode = in.u8();
  // (SINEW_FUZZ_SKIP=ids turns foreign ids off, for measuring while that class is unfixed.)
  o.foreign_ids = (mode & 0x80U) != 0 && !sinew_fuzz::skipped("ids");
  std::size_t n = 0;
  switch (mode & 3U) {
    case 0: n = in.u8(); break;
    case 1: n = 64U * (in.u8() % 8U) + (in.u8() % 3U) - 1U; break;  // around word boundaries
    case 2: n = in.u16() % 3001U; break;
    default: n = (mode & 0x40U) != 0 ? in.u16() % 20001U : in.u16() % 1001U; break;  // the largest are slow: fewer
  }
  if (n > 20000) n = 0;
  splitmix g{in.u32() | (static_cast<std::uint64_t>(in.u32()) << 32)};
  static std::vector<exercise_record> catalog;
  catalog.clear();
  for (std::size_t i = 0; i != n; ++i) catalog.push_back(any_record(g, o));
  const span<const exercise_record> records(catalog.data(), catalog.size());

  // The columnar index, with storage of the exact size or (bit 2) one word short.
  const std::size_t index_actions = (mode & 8U) != 0 ? in.u8() % 40U : lower_body_model::action_count;
  const std::size_t need = catalog_index::words_needed(n, index_actions < max_actions ? index_actions : max_actions);
  const bool short_storage = (mode & 4U) != 0 && need != 0;
  std::vector<std::uint64_t> storage(need - (short_storage ? 1U : 0U) + 1U, 0);
  const catalog_index index(records, span<std::uint64_t>(storage.data(), storage.size() - 1U), index_actions);
  require(index.valid() == !short_storage, "catalog_index: valid() exactly when the storage suffices");
  require(index.size() == n && index.words() == (n + 63) / 64, "catalog_index: size() and words() describe the catalog");

  std::vector<exercise_scan_row> rows(n);
  require(index_catalog(records, span<exercise_scan_row>(rows.data(), rows.size())) == n, "scan rows: index_catalog writes a row per record");
  const span<const exercise_scan_row> row_span(rows.data(), rows.size());

  // Large catalogs: one query, the output sizes around the exact one only.
  const bool big = n > 3000;
  const std::size_t queries = big ? 1 : 6;
  for (std::size_t q = 0; q != queries && in.left() != 0; ++q) {
    const action_id a = any_action(in, o);
    const auto c = static_cast<coverage>(in.u8() % 3U);
    const exercise_filter f = any_filter(in);
    const auto want = scan(catalog, a, c, f);
    const std::size_t words = index.words();
    for (const std::size_t w : {words == 0 ? 0 : words - 1, words, words + 1, std::size_t{0}}) {
      if (big && (w == 0 || w == words + 1)) continue;
      check_bits([&](span<std::uint64_t> bits) { return index.exercises_covering(a, bits, c, f); }, want, words, w,
                 "catalog_index: a bitset query reports every match, even into a bitset too short to hold them",
                 "catalog_index: a bitset query's bits equal a scan");
      check_bits([&](span<std::uint64_t> bits) { return exercises_covering(records, a, bits, c, f); }, want, words, w,
                 "records: a bitset query reports every match, even into a bitset too short to hold them",
                 "records: a bitset query's bits equal a scan");
    }
    for (const std::size_t cap : {std::size_t{0}, want.size() == 0 ? 0 : want.size() - 1, want.size(), want.size() + 1, n}) {
      if (big && cap != want.size() && cap + 1 != want.size()) continue;
      check_indexes([&](span<std::uint32_t> out) { return exercises_covering(records, a, out, c, f); }, want, cap,
                    "records: an index query reports every match", "records: an index query lists a scan's first matches");
      // Scan rows hold the first 32 actions and no stabilized ones: past those
      // they refuse the query (an error), never answer it wrongly.
      const bool rows_can_answer = rows_cover(a) && c != coverage::any;
      {
        std::vector<std::uint32_t> probe(cap + 1);
        require(exercises_covering(row_span, a, span<std::uint32_t>(probe.data(), cap), c, f).has_value() == rows_can_answer,
                "scan rows: a query refuses exactly the actions and coverage rows do not hold");
      }
      if (rows_can_answer)
        check_indexes([&](span<std::uint32_t> out) { return *exercises_covering(row_span, a, out, c, f); }, want, cap,
                      "scan rows: a query reports every match a scan of the records finds",
                      "scan rows: a query lists a scan's first matches");
    }
  }
  check_builtin_indexes(in);
  if (o.foreign_ids) check_any_ids(in);
  return 0;
}

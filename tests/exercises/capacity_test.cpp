// Answers that cannot hold the whole answer say so (issue #7). Every query that
// writes into storage the caller provides, or into a fixed-capacity result, is
// run at its capacity boundary (exactly full, one short) and compared with a
// plain scan of the records: it counts every match and complete() says whether
// the output holds them. The case: a catalog_index query on 10,002
// records into a result one word short returned 6,432 of 6,449 matches.
#include <doctest/doctest.h>

#include <sinew/exercises.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

using namespace sinew;

namespace {

// Built-in records with their actions and filter fields reshuffled.
std::vector<exercise_record> generated_catalog(std::size_t n) {
  std::mt19937 rng(11);
  std::vector<exercise_record> out;
  out.reserve(n);
  for (std::size_t i = 0; i != n; ++i) {
    exercise_record r = builtin_exercises[rng() % builtin_exercises.size()];
    if (rng() % 2 == 0) r.loads = action_set{action_id{static_cast<std::uint8_t>(rng() % lower_body_model::action_count)}};
    r.equipment = equipment_set{static_cast<equipment>(rng() % equipment_count)};
    r.pattern = static_cast<movement_pattern>(rng() % movement_pattern_count);
    r.laterality = static_cast<laterality>(rng() % 2);
    out.push_back(r);
  }
  return out;
}

// The plain scan every answer is compared with.
std::vector<std::uint32_t> plain_scan(std::span<const exercise_record> catalog, action_id a, coverage c,
                                      const exercise_filter& f) {
  std::vector<std::uint32_t> hits;
  for (std::size_t i = 0; i != catalog.size(); ++i)
    if (f.accepts(catalog[i]) && covers(catalog[i], a, c)) hits.push_back(static_cast<std::uint32_t>(i));
  return hits;
}

std::vector<std::uint64_t> as_bits(const std::vector<std::uint32_t>& hits, std::size_t words) {
  std::vector<std::uint64_t> bits(words, 0);
  for (auto i : hits)
    if (i / 64 < words) bits[i / 64] |= std::uint64_t{1} << (i % 64);
  return bits;
}

std::size_t below(const std::vector<std::uint32_t>& hits, std::size_t limit) {
  return static_cast<std::size_t>(std::count_if(hits.begin(), hits.end(), [&](std::uint32_t i) { return i < limit; }));
}

const exercise_filter filters[] = {exercise_filter{}, exercise_filter{}.with_equipment({equipment::dumbbell, equipment::machine}),
                                   exercise_filter{}.unilateral().with_patterns({movement_pattern::squat, movement_pattern::lunge})};

}  // namespace

TEST_CASE("bitset answers on 10,002 records: exactly full, one word short, one word long") {
  const auto catalog = generated_catalog(10002);
  const std::size_t words = (catalog.size() + 63) / 64;
  REQUIRE(words == 157);
  std::vector<std::uint64_t> storage(catalog_index::words_needed(catalog.size()));
  const catalog_index index(catalog, storage);
  REQUIRE(index.valid());
  REQUIRE(index.words() == words);
  bool some_cut = false;
  for (const auto& f : {filters[0], filters[2]})
    for (coverage c : {coverage::prime, coverage::working, coverage::any})
      for (std::size_t a = 0; a <= lower_body_model::action_count; ++a) {  // one past: the index scans
        const action_id act{static_cast<std::uint8_t>(a)};
        CAPTURE(a);
        CAPTURE(static_cast<int>(c));
        const auto hits = plain_scan(catalog, act, c, f);
        for (std::size_t size : {words, words - 1, words + 1, std::size_t{0}}) {
          CAPTURE(size);
          const std::size_t kept = below(hits, size * 64);
          const auto expected = as_bits(hits, size);
          std::vector<std::uint64_t> from_index(size, ~std::uint64_t{0});
          const match_count n1 = exercises_covering(index, act, std::span<std::uint64_t>(from_index), c, f);
          CHECK(n1.matches == hits.size());
          CHECK(n1.written == kept);
          CHECK(n1.complete() == (kept == hits.size()));
          CHECK(from_index == expected);
          some_cut = some_cut || !n1.complete();
          if (size + 1 < words) continue;  // the record scan: exactly full and one word short
          std::vector<std::uint64_t> from_records(size, ~std::uint64_t{0});
          const match_count n2 =
              exercises_covering(std::span<const exercise_record>(catalog), act, std::span<std::uint64_t>(from_records), c, f);
          CHECK(n2 == n1);
          CHECK(from_records == expected);
        }
      }
  CHECK(some_cut);  // the one-word-short runs did cut answers: the boundary was tested
}

TEST_CASE("index answers: exactly full and one short, against the plain scan") {
  const auto catalog = generated_catalog(1000);
  std::vector<exercise_scan_row> rows(catalog.size());
  REQUIRE(index_catalog(catalog, rows) == catalog.size());
  for (const auto& f : filters)
    for (coverage c : {coverage::prime, coverage::working})
      for (std::size_t a = 0; a != lower_body_model::action_count; ++a) {
        const action_id act{static_cast<std::uint8_t>(a)};
        CAPTURE(a);
        const auto hits = plain_scan(catalog, act, c, f);
        if (hits.empty()) continue;
        for (std::size_t size : {hits.size(), hits.size() - 1, catalog.size()}) {
          CAPTURE(size);
          std::vector<std::uint32_t> from_records(size), from_rows(size);
          const match_count n1 =
              exercises_covering(std::span<const exercise_record>(catalog), act, std::span<std::uint32_t>(from_records), c, f);
          const auto n2 = exercises_covering(std::span<const exercise_scan_row>(rows), act, std::span<std::uint32_t>(from_rows), c, f);
          REQUIRE(n2);
          CHECK(n1.matches == hits.size());
          CHECK(n1.written == std::min(size, hits.size()));
          CHECK(n1.complete() == (size >= hits.size()));
          CHECK(*n2 == n1);
          for (std::size_t k = 0; k != n1.written; ++k) {
            CHECK(from_records[k] == hits[k]);
            CHECK(from_rows[k] == hits[k]);
          }
          CHECK(static_cast<std::size_t>(n1) == n1.written);  // a loop over the output stays in what was written
        }
      }
}

TEST_CASE("scan rows refuse what they do not hold, instead of answering 0") {
  std::vector<exercise_record> catalog(builtin_exercises.begin(), builtin_exercises.end());
  catalog[0].loads.insert(action_id{40});  // a record loading an action past the rows' 32
  std::vector<exercise_scan_row> rows(catalog.size());
  REQUIRE(index_catalog(catalog, rows) == catalog.size());
  std::vector<std::uint32_t> out(catalog.size());
  const auto rows_span = std::span<const exercise_scan_row>(rows);
  CHECK(rows_cover(action_id{31}));
  CHECK_FALSE(rows_cover(action_id{32}));
  CHECK(exercises_covering(rows_span, action_id{31}, std::span<std::uint32_t>(out)));
  const auto past = exercises_covering(rows_span, action_id{40}, std::span<std::uint32_t>(out), coverage::prime);
  REQUIRE_FALSE(past);
  CHECK(past.error().message == "sinew: scan rows hold only the first 32 actions; ask the records or a catalog_index about this one");
  CHECK(exercises_covering(std::span<const exercise_record>(catalog), action_id{40}, std::span<std::uint32_t>(out),
                           coverage::prime)
            .matches == 1);  // the records know, so the rows must not say 0
  // coverage::any needs the stabilized actions: a squat holds its lumbar spine.
  const auto any = exercises_covering(rows_span, action_id{lumbar_extension}, std::span<std::uint32_t>(out), coverage::any);
  REQUIRE_FALSE(any);
  CHECK(any.error().message == "sinew: scan rows hold no stabilized actions; ask the records or a catalog_index for coverage::any");
  CHECK(exercises_covering(std::span<const exercise_record>(catalog), action_id{lumbar_extension},
                           std::span<std::uint32_t>(out), coverage::any)
            .matches > exercises_covering(std::span<const exercise_record>(catalog), action_id{lumbar_extension},
                                          std::span<std::uint32_t>(out), coverage::working)
                           .matches);
}

TEST_CASE("substitutes: the best k, and how many candidates there were") {
  std::array<ranked_exercise, builtin_exercises.size()> all{};  // room for every other built-in exercise
  const match_count full = substitutes_for(seated_calf_raise, all);
  REQUIRE(full.complete());
  REQUIRE(full.matches > 2);
  // Against a plain count: every other built-in exercise of a training kind
  // (the filter's default) with a positive similarity.
  std::size_t plain = 0;
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i)
    if (i != exercise_id{seated_calf_raise}.index && is_training(builtin_exercises[i]) &&
        similarity(info(seated_calf_raise), builtin_exercises[i]) > 0.0)
      ++plain;
  CHECK(full.matches == plain);
  for (std::size_t size : {full.matches, full.matches - 1, std::size_t{1}}) {
    CAPTURE(size);
    std::vector<ranked_exercise> out(size);
    const match_count n = substitutes_for(seated_calf_raise, std::span<ranked_exercise>(out));
    CHECK(n.matches == full.matches);
    CHECK(n.written == size);
    CHECK(n.complete() == (size == full.matches));
    for (std::size_t k = 0; k != n.written; ++k) CHECK(out[k].index == all[k].index);
  }
  // The record variant, on the built-in catalog as records.
  std::vector<ranked_exercise> out(full.matches - 1);
  const match_count n = substitutes_for(info(seated_calf_raise), builtin_catalog(), std::span<ranked_exercise>(out));
  CHECK(n.matches == full.matches);
  CHECK_FALSE(n.complete());
}

TEST_CASE("smallest cover: the 32-target limit and the 256-candidate limit say so") {
  action_set first32{};
  for (std::uint8_t a = 0; a != 32; ++a) first32.insert(action_id{a});
  const exercise_cover within = smallest_cover(first32);
  CHECK(within.complete());
  CHECK(within.skipped.empty());
  action_set first33 = first32.with(action_id{32});
  const exercise_cover past = smallest_cover(first33);
  CHECK_FALSE(past.complete());
  CHECK(past.skipped == action_set{}.with(action_id{32}));
  CHECK_FALSE(past.uncovered.contains(action_id{32}));  // not searched is not "nothing covers it"
  CHECK(past.count == within.count);

  // More than 256 distinct coverage patterns: every 3 of the first 17 actions
  // (680 patterns, none dominating another), then the only exercises loading
  // the 18th. The old search dropped those and called the 18th uncovered.
  std::vector<exercise_record> catalog;
  for (std::uint8_t x = 0; x != 17; ++x)
    for (std::uint8_t y = x + 1; y != 17; ++y)
      for (std::uint8_t z = y + 1; z != 17; ++z) {
        exercise_record r{};
        r.loads = action_set{action_id{x}, action_id{y}, action_id{z}};
        r.equipment = {equipment::bodyweight};
        catalog.push_back(r);
      }
  exercise_record last{};
  last.loads = action_set{mtp_extension};
  last.equipment = {equipment::bodyweight};
  catalog.push_back(last);
  action_set every{};
  for (std::uint8_t a = 0; a != lower_body_model::action_count; ++a) every.insert(action_id{a});
  const exercise_cover cover = smallest_cover(catalog, every, exercise_filter{}, coverage::prime);
  CHECK_FALSE(cover.minimal);
  CHECK(cover.uncovered.empty());
  action_set covered{};
  for (std::uint32_t i : cover) covered |= catalog[i].loads;
  CHECK(covered.includes(every));
  CHECK(cover.count <= 7);  // greedy: six triples and the last one at most
}

TEST_CASE("an explanation says when it left reasons out") {
  explanation x{};
  for (std::size_t k = 0; k != max_reasons; ++k) x.add(reason::performs_primary_action, action_id{knee_flexion});
  CHECK(x.count == max_reasons);
  CHECK(x.complete());
  x.add(reason::load_peaks_stretched);
  CHECK(x.count == max_reasons);
  CHECK(x.omitted == 1);
  CHECK_FALSE(x.complete());
  // No built-in exercise gives a muscle more reasons than fit.
  for (const exercise_record& r : builtin_exercises)
    for (std::size_t m = 0; m != lower_body_model::muscle_count; ++m)
      CHECK(explain(r, muscle_id{static_cast<std::uint16_t>(m)}).complete());
}

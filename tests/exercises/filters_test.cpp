// Kinds in every query: coverage, muscle and group queries, substitutes and the
// smallest cover count strength and power unless a filter opts other kinds in.
// Checked as a class, over every action, muscle and group at every coverage and
// over every form a query takes (built-in sets, record spans as indexes and as
// bits, scan rows, the columnar index), against the record-by-record answer.
#include <doctest/doctest.h>

#include <sinew/exercises.hpp>

#include <array>
#include <span>
#include <string>
#include <vector>

using namespace sinew;

namespace {

constexpr coverage all_coverages[] = {coverage::prime, coverage::working, coverage::any};

std::string name(exercise_id e) { return std::string(info(e).id.data(), info(e).id.size()); }

// The answer, one record at a time, from covers() and the filter alone.
template <class Target>
exercise_set by_records(Target t, coverage c, const exercise_filter& f) {
  exercise_set s{};
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i)
    if (f.accepts(builtin_exercises[i]) && covers<builtin_model>(builtin_exercises[i], t, c))
      s.insert(exercise_id{static_cast<std::uint16_t>(i)});
  return s;
}

template <class Target>
exercise_set from_span(Target t, coverage c, const exercise_filter& f) {
  std::vector<std::uint32_t> out(builtin_exercises.size());
  const auto n = exercises_covering<builtin_model>(builtin_catalog(), t, std::span<std::uint32_t>(out), c, f);
  exercise_set s{};
  for (std::size_t i = 0; i != n.written; ++i) s.insert(exercise_id{static_cast<std::uint16_t>(out[i])});
  // The bitset form and the callback form say the same.
  std::vector<std::uint64_t> bits((builtin_exercises.size() + 63) / 64);
  CHECK(exercises_covering<builtin_model>(builtin_catalog(), t, std::span<std::uint64_t>(bits), c, f).matches == n.matches);
  exercise_set from_calls{};
  for_each_exercise_covering<builtin_model>(builtin_catalog(), t, [&](std::size_t i) {
    from_calls.insert(exercise_id{static_cast<std::uint16_t>(i)});
  }, c, f);
  CHECK(from_calls == s);
  for (exercise_id e : s) CHECK(((bits[e.index / 64] >> (e.index % 64)) & 1U) == 1U);
  return s;
}

// Every non-training exercise that covers the target (with every kind opted
// in) is absent by default and present with all_kinds(); the default answer is
// the all-kinds answer less the other kinds. Returns how many were left out.
template <class Target>
std::size_t check_target(Target t, coverage c, const char* what) {
  CAPTURE(what);
  CAPTURE(static_cast<int>(c));
  const exercise_filter every = exercise_filter{}.all_kinds();
  const exercise_set all = exercises_covering(t, c, every);
  const exercise_set dflt = exercises_covering(t, c);
  CHECK(all == by_records(t, c, every));
  CHECK(dflt == by_records(t, c, exercise_filter{}));
  CHECK(exercises_covering(t, c, exercise_filter{}) == dflt);
  CHECK(from_span(t, c, exercise_filter{}) == dflt);
  CHECK(from_span(t, c, every) == all);
  std::size_t left_out = 0;
  for (exercise_id e : all) {
    CAPTURE(name(e));
    CHECK(dflt.contains(e) == is_training(info(e)));
    left_out += is_training(info(e)) ? 0U : 1U;
  }
  for (exercise_id e : dflt) CHECK(is_training(info(e)));
  return left_out;
}

}  // namespace

TEST_CASE("filters: a filter counts the training kinds until it opts others in") {
  const exercise_filter f{};
  for (std::size_t k = 0; k != exercise_kind_count; ++k) {
    exercise_record r{};
    r.kind = static_cast<exercise_kind>(k);
    CAPTURE(k);
    CHECK(f.accepts(r) == is_training_kind(r.kind));
    CHECK(f.all_kinds().accepts(r));
    CHECK(f.with_kinds({r.kind}).accepts(r));
    CHECK(f.with_kinds({r.kind}).with_kinds(kind_set{}).accepts(r) == false);
  }
  exercise_record foreign{};
  foreign.kind = static_cast<exercise_kind>(exercise_kind_count);
  CHECK_FALSE(f.all_kinds().accepts(foreign));
}

TEST_CASE("filters: & leaves kinds to the side that states them, and intersects two stated sets") {
  const exercise_filter plain = exercise_filter{}.unilateral();
  const exercise_filter every = exercise_filter{}.all_kinds();
  const exercise_filter stretch_or_mobility = exercise_filter{}.with_kinds({exercise_kind::stretch, exercise_kind::mobility});
  CHECK((plain & every).kinds == kind_set::all());
  CHECK((every & plain).kinds == kind_set::all());
  CHECK((plain & every).unilateral_only);
  CHECK((plain & exercise_filter{}).kinds == kind_set::training());
  CHECK_FALSE((plain & exercise_filter{}).kinds_stated);
  CHECK((stretch_or_mobility & exercise_filter{}.with_kinds({exercise_kind::stretch, exercise_kind::power})).kinds ==
        kind_set{exercise_kind::stretch});
  CHECK((stretch_or_mobility & every).kinds == stretch_or_mobility.kinds);
}

TEST_CASE("filters: accepted() is the record test for every set of kinds") {
  for (unsigned bits = 0; bits != (1U << exercise_kind_count); ++bits) {
    kind_set k;
    k.bits = static_cast<std::uint8_t>(bits);
    const exercise_filter f = exercise_filter{}.with_kinds(k);
    CAPTURE(bits);
    const exercise_set got = accepted(f);
    for (std::size_t i = 0; i != builtin_exercises.size(); ++i)
      CHECK(got.contains(exercise_id{static_cast<std::uint16_t>(i)}) == f.accepts(builtin_exercises[i]));
  }
  // A listing with every kind is the whole catalog.
  CHECK(accepted(exercise_filter{}.all_kinds()).size() == builtin_exercises.size());
}

TEST_CASE("filters: no action, muscle or group query returns another kind by default; each is there with all_kinds()") {
  std::size_t left_out = 0;
  exercise_set ever_left_out{};
  for (coverage c : all_coverages) {
    for (std::size_t a = 0; a != builtin_model::action_count; ++a)
      left_out += check_target(action_id{static_cast<std::uint8_t>(a)}, c, "action");
    for (std::size_t m = 0; m != builtin_model::muscle_count; ++m)
      left_out += check_target(muscle_id{static_cast<std::uint16_t>(m)}, c, "muscle");
    for (std::size_t g = 0; g != builtin_model::group_count; ++g)
      left_out += check_target(group_id{static_cast<std::uint8_t>(g)}, c, "group");
    for (std::size_t g = 0; g != builtin_model::group_count; ++g)
      for (exercise_id e : exercises_covering(group_id{static_cast<std::uint8_t>(g)}, c, exercise_filter{}.all_kinds()))
        if (!is_training(info(e))) ever_left_out.insert(e);
  }
  CHECK(left_out > 0);  // the class is not empty: stretches, drills and rolls cover targets
  // Every stretch, warm-up drill, conditioning and soft-tissue exercise covers
  // some group with every kind opted in, and so is left out of some default answer.
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i)
    if (!is_training(builtin_exercises[i])) {
      const exercise_id e{static_cast<std::uint16_t>(i)};
      CAPTURE(name(e));
      CHECK(ever_left_out.contains(e));
    }
}

TEST_CASE("filters: the examples of the class, named") {
  // The standing hamstring stretch is no prime hip extensor to train ...
  CHECK_FALSE(exercises_covering(hip_extension, coverage::prime).contains(exercise_id{standing_hamstring_stretch}));
  CHECK(exercises_covering(hip_extension, coverage::prime, exercise_filter{}.all_kinds())
            .contains(exercise_id{standing_hamstring_stretch}));
  // ... and calf stretches, jogging and high knees do not train plantar flexion.
  for (exercise_id e : {exercise_id{standing_calf_stretch}, exercise_id{seated_calf_stretch}, exercise_id{light_jogging},
                        exercise_id{high_knees}}) {
    CAPTURE(name(e));
    CHECK_FALSE(exercises_covering(ankle_plantar_flexion, coverage::working).contains(e));
    CHECK(exercises_covering(ankle_plantar_flexion, coverage::any, exercise_filter{}.all_kinds()).contains(e));
  }
  CHECK(exercises_covering(ankle_plantar_flexion, coverage::prime).contains(exercise_id{standing_calf_raise}));
}

TEST_CASE("filters: substitutes are of the training kinds unless the filter opts others in") {
  std::size_t other_kinds = 0;
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i) {
    const exercise_id original{static_cast<std::uint16_t>(i)};
    CAPTURE(name(original));
    std::array<ranked_exercise, 128> out{};
    const auto n = substitutes_for(original, out);
    REQUIRE(n.complete());
    for (std::size_t k = 0; k != n.written; ++k) CHECK(is_training(info(out[k].id)));
    std::array<ranked_exercise, 128> run_time{};
    const auto m = substitutes_for<builtin_model>(builtin_exercises[i], builtin_catalog(), run_time);
    CHECK(m.matches == n.matches);
    for (std::size_t k = 0; k != m.written; ++k) CHECK(is_training(builtin_exercises[run_time[k].index]));
    const auto every = substitutes_for(original, out, exercise_filter{}.all_kinds());
    for (std::size_t k = 0; k != every.written; ++k) other_kinds += is_training(info(out[k].id)) ? 0U : 1U;
  }
  CHECK(other_kinds > 0);
}

TEST_CASE("filters: the smallest cover is built of training kinds unless the filter opts others in") {
  action_set everything{};
  for (std::size_t a = 0; a != builtin_model::action_count; ++a) everything.insert(action_id{static_cast<std::uint8_t>(a)});
  for (coverage c : all_coverages) {
    CAPTURE(static_cast<int>(c));
    const exercise_cover dflt = smallest_cover(everything, {}, c);
    for (std::size_t k = 0; k != dflt.count; ++k) CHECK(is_training(info(dflt.ids[k])));
    // What the default leaves uncovered is what no training exercise covers.
    for (action_id a : everything)
      CHECK(dflt.uncovered.contains(a) == exercises_covering(a, c).empty());
  }
  // Opted in, a stretch alone covers what only stretches reach.
  const exercise_cover stretches = smallest_cover(action_set{hip_extension}, exercise_filter{}.with_kinds({exercise_kind::stretch}), coverage::prime);
  REQUIRE(stretches.count == 1);
  CHECK(info(stretches.ids[0]).kind == exercise_kind::stretch);
  CHECK(smallest_cover(action_set{hip_extension}, exercise_filter{}.with_patterns({movement_pattern::stretch}), coverage::prime).count == 0);
}

TEST_CASE("filters: scan rows pack the kind with the pattern and answer as the records do") {
  std::vector<exercise_record> catalog(builtin_exercises.begin(), builtin_exercises.end());
  exercise_record foreign_kind = builtin_exercises[0];
  foreign_kind.kind = static_cast<exercise_kind>(exercise_kind_count);
  exercise_record foreign_pattern = builtin_exercises[0];
  foreign_pattern.pattern = static_cast<movement_pattern>(40);
  catalog.push_back(foreign_kind);
  catalog.push_back(foreign_pattern);
  std::vector<exercise_scan_row> rows(catalog.size());
  REQUIRE(index_catalog(catalog, rows) == catalog.size());
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i) {
    CHECK(rows[i].kind_bits() == static_cast<std::uint32_t>(catalog[i].kind));
    CHECK(rows[i].pattern_bits() == static_cast<std::uint32_t>(catalog[i].pattern));
  }
  for (unsigned bits = 0; bits != (1U << exercise_kind_count); ++bits) {
    kind_set k;
    k.bits = static_cast<std::uint8_t>(bits);
    for (coverage c : {coverage::prime, coverage::working})
      for (std::size_t a = 0; a != builtin_model::action_count; ++a) {
        const action_id act{static_cast<std::uint8_t>(a)};
        const exercise_filter f = exercise_filter{}.with_kinds(k);
        std::vector<std::uint32_t> from_rows(rows.size()), from_records(rows.size());
        const auto n1 = exercises_covering(std::span<const exercise_scan_row>(rows), act, std::span<std::uint32_t>(from_rows), c, f);
        const auto n2 = exercises_covering(std::span<const exercise_record>(catalog), act, std::span<std::uint32_t>(from_records), c, f);
        REQUIRE(n1);
        CHECK(n1->matches == n2.matches);
        for (std::size_t i = 0; i != n1->written; ++i) {
          CHECK(from_rows[i] == from_records[i]);
          CHECK(from_rows[i] < builtin_exercises.size());  // neither foreign record
        }
      }
  }
}

TEST_CASE("filters: the columnar index answers for kinds on a catalog of one kind and of several") {
  std::vector<exercise_record> strength_only;
  for (const auto& r : builtin_exercises)
    if (r.kind == exercise_kind::strength) strength_only.push_back(r);
  std::vector<exercise_record> everything(builtin_exercises.begin(), builtin_exercises.end());
  for (const std::vector<exercise_record>* catalog : {&strength_only, &everything}) {
    std::vector<std::uint64_t> storage(catalog_index::words_needed(catalog->size()));
    const catalog_index index(std::span<const exercise_record>(*catalog), storage);
    REQUIRE(index.valid());
    for (unsigned bits = 0; bits != (1U << exercise_kind_count); ++bits) {
      kind_set k;
      k.bits = static_cast<std::uint8_t>(bits);
      const exercise_filter f = exercise_filter{}.with_kinds(k);
      CAPTURE(bits);
      for (coverage c : all_coverages) {
        std::vector<std::uint64_t> a(index.words()), b(index.words());
        std::array<std::uint64_t, 1> short_answer{};
        const auto n1 = exercises_covering(index, hip_extension, std::span<std::uint64_t>(a), c, f);
        const auto n2 = exercises_covering(std::span<const exercise_record>(*catalog), hip_extension, std::span<std::uint64_t>(b), c, f);
        CHECK(n1 == n2);
        CHECK(a == b);
        CHECK(exercises_covering(index, glutes, std::span<std::uint64_t>(short_answer), c, f).matches ==
              exercises_covering(std::span<const exercise_record>(*catalog), glutes, std::span<std::uint64_t>(b), c, f).matches);
      }
    }
  }
}

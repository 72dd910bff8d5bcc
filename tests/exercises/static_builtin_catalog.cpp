// The generated built-in catalog (exercises/detail/builtin_records.hpp,
// builtin_tags.hpp, builtin_index.hpp) equals what the coach's statements in
// exercises/catalog_source/ derive, field by field: each record, each public
// tag (by name), every precomputed set and every derived role and emphasis.
// Each exercise is checked in its own constant evaluation.
#include <sinew/exercises.hpp>
#include <sinew/exercises/catalog_source.hpp>

#include <cstddef>
#include <cstdint>
#include <utility>

namespace {
using namespace sinew;

constexpr bool same_record(const exercise_record& a, const exercise_record& b) {
  bool same = a.loads == b.loads && a.assists == b.assists && a.stabilizes == b.stabilizes &&
              a.equipment == b.equipment && a.pattern == b.pattern && a.stance == b.stance &&
              a.laterality == b.laterality && a.spinal_load == b.spinal_load && a.loaded_at == b.loaded_at &&
              a.mechanic == b.mechanic && a.difficulty == b.difficulty && a.override_count == b.override_count &&
              a.held_toward == b.held_toward && a.treats == b.treats && a.id == b.id && a.name == b.name &&
              a.kind == b.kind && a.contraction == b.contraction;
  for (std::size_t k = 0; k != a.override_count && k != max_overrides; ++k)
    same = same && a.overrides[k].muscle == b.overrides[k].muscle && a.overrides[k].role == b.overrides[k].role;
  return same;
}

constexpr bool in(const detail::exercise_words& w, std::size_t i) {
  return detail::set_of(w).contains(exercise_id{static_cast<std::uint16_t>(i)});
}

// Everything the generated data says about exercise I, against the statement.
constexpr bool matches_statement(std::size_t i) {
  const exercise_record& r = catalog_source::records[i];
  const exercise_id e{static_cast<std::uint16_t>(i)};
  const auto& t = detail::builtin_exercise_index;
  bool ok = same_record(builtin_exercises[i], r) && in(t.all, i);
  for (std::size_t a = 0; a != lower_body_model::action_count; ++a)
    for (std::size_t c = 0; c != 3; ++c)
      ok = ok && covers(r, action_id{static_cast<std::uint8_t>(a)}, static_cast<coverage>(c)) == in(t.by_action[a][c], i);
  // Roles and emphasis: derive's profile, in derive's order, and nothing else.
  const auto profile = derive(r);
  const std::size_t begin = detail::builtin_emphasis_begin[i];
  ok = ok && detail::builtin_emphasis_begin[i + 1] - begin == profile.size();
  for (std::size_t k = 0; k != profile.size() && ok; ++k) {
    const muscle_work& w = profile.entries[k];
    ok = detail::builtin_emphasis[begin + k].muscle == w.muscle.index &&
         detail::builtin_emphasis[begin + k].emphasis == w.emphasis && detail::builtin_emphasis[begin + k].role == w.role;
  }
  for (std::size_t m = 0; m != lower_body_model::muscle_count; ++m) {
    const muscle_id mu{static_cast<std::uint16_t>(m)};
    ok = ok && role_in(e, mu) == profile.role_of(mu) && emphasis_in(e, mu) == profile.emphasis_of(mu);
    for (std::size_t role = 1; role <= 4; ++role)
      ok = ok && in(t.by_muscle[m][role - 1], i) == (profile.role_of(mu) >= static_cast<muscle_role>(role));
    // covers() on a record decides per muscle, without the full derivation; the
    // query counts it only if it is of a training kind, unless every kind is opted in.
    for (std::size_t c = 0; c != 3; ++c) {
      const bool covered = covers(r, mu, static_cast<coverage>(c));
      ok = ok && exercises_covering(mu, static_cast<coverage>(c), exercise_filter{}.all_kinds()).contains(e) == covered &&
           exercises_covering(mu, static_cast<coverage>(c)).contains(e) == (covered && is_training(r));
    }
  }
  for (std::size_t g = 0; g != lower_body_model::group_count; ++g)
    for (std::size_t c = 0; c != 3; ++c)
      ok = ok && in(t.by_group[g][c], i) == covers(r, group_id{static_cast<std::uint8_t>(g)}, static_cast<coverage>(c));
  for (std::size_t q = 0; q != equipment_count; ++q)
    ok = ok && in(t.needs[q], i) == r.equipment.contains(static_cast<equipment>(q));
  for (std::size_t p = 0; p != movement_pattern_count; ++p)
    ok = ok && in(t.by_pattern[p], i) == (static_cast<std::size_t>(r.pattern) == p);
  ok = ok && in(t.spine_free, i) == (r.spinal_load == spinal_load::none) &&
       in(t.unilateral, i) == (r.laterality == laterality::unilateral) &&
       in(t.bilateral, i) == (r.laterality == laterality::bilateral) &&
       in(t.compound, i) == (r.mechanic == mechanic::compound) &&
       in(t.isolation, i) == (r.mechanic == mechanic::isolation) &&
       in(t.stretched, i) == (r.loaded_at == load_peak::stretched);
  for (std::size_t k = 0; k != exercise_kind_count; ++k)
    ok = ok && in(t.by_kind[k], i) == (static_cast<std::size_t>(r.kind) == k);
  return ok;
}

template <std::size_t I>
inline constexpr bool exercise_matches = matches_statement(I);

template <std::size_t... I>
constexpr bool all_match(std::index_sequence<I...>) {
  return (exercise_matches<I> && ...);
}

static_assert(builtin_exercises.size() == catalog_source::records.size(),
              "sinew: the generated catalog is stale: run the regenerate target");
static_assert(detail::builtin_emphasis_begin.size() == builtin_exercises.size() + 1);
static_assert(detail::builtin_emphasis_begin.back() == detail::builtin_emphasis.size());
static_assert(all_match(std::make_index_sequence<builtin_exercises.size()>{}),
              "sinew: the generated catalog is stale: run the regenerate target");
// Every built-in record keeps every exercise rule, its names writable in a program file among
// them: check() relies on it and does not read the built-in ids again at run time.
constexpr bool all_rules_kept() {
  for (const auto& r : builtin_exercises)
    if (first_broken_rule(r) != exercise_rule::ok || !detail::writable_exercise_name(r.id)) return false;
  return true;
}
static_assert(all_rules_kept(), "sinew: a built-in record breaks an exercise rule");
// The words an include reads are the named rows of builtin_index.hpp, turned into sets.
static_assert(detail::index_builtin_catalog(builtin_exercises, detail::builtin_coverage, detail::builtin_emphasis_begin,
                                            detail::builtin_emphasis) == detail::builtin_exercise_index,
              "sinew: builtin_index_words.hpp differs from the rows of builtin_index.hpp: run the regenerate target");
// No exercise outside the catalog is in any set.
static_assert(detail::set_of(detail::builtin_exercise_index.all) == all_builtin_exercises());

// Each public tag, by name: a type with a same-named value, an Exercise, the
// record its statement derives, and the id of its statement's position.
template <class Tag, class Source>
constexpr bool tag_matches() {
  return Exercise<Tag> && Exercise<Source> && std::is_same_v<decltype(Tag::builtin_index), const std::uint16_t> &&
         same_record(record_of(Tag{}), record_of(Source{})) && Tag::id == Source::id && Tag::name() == Source::name() &&
         exercise_id{Tag{}}.index == sinew::detail::index_of_v<Source, catalog_source::builtin_types> &&
         same_record(make_record(Tag::spec, Tag::id, Tag::name()), record_of(Source{}));
}
// The pairs come from the generated order (catalog_source/order.hpp), so a new
// statement is checked without a line here.
#define SINEW_TAG_MATCHES(id, name) +tag_matches<struct sinew::name, struct catalog_source::name>()
inline constexpr std::size_t tags_checked = 0 SINEW_BUILTIN_EXERCISES(SINEW_TAG_MATCHES);
#undef SINEW_TAG_MATCHES
static_assert(tags_checked == builtin_exercises.size(), "sinew: every built-in tag is checked against its statement");

}  // namespace

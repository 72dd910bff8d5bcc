// libFuzzer target for name matching: match_exercise (programs/exercise_names.hpp),
// find_exercise and the model's find_joint / find_action / find_group /
// find_muscle. On any bytes: no crash, the same answer twice, an answer inside
// the catalog, and what the header promises does not matter (ASCII case,
// hyphens, slashes, underscores, repeated blanks) does not change the answer.
// Every exact id and name resolves to itself (checked for all of them once,
// and again for one chosen by the input, respelled as the input says). The
// ranked answer (match_exercise_name) keeps its promises: at most five
// runners-up, best first, below 50 when nothing fits; a found exercise's alias
// is in the name; and a name never resolves to an exercise once a word that is
// not true of it (an implement it does not use) is added.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "sinew/programs.hpp"

namespace {

using sinew_fuzz::require;

template <class T>
bool same(const sinew::result<T>& a, const sinew::result<T>& b) {
  if (a.has_value() != b.has_value()) return false;
  if (a) return *a == *b;
  return std::string_view(a.error().message) == std::string_view(b.error().message);
}

sinew::text_view tv(std::string_view s) { return {s.data(), s.size()}; }

void check_exact_names() {
  const auto catalog = sinew::builtin_catalog();
  for (std::size_t i = 0; i != catalog.size(); ++i) {
    const sinew::exercise_id e{static_cast<std::uint16_t>(i)};
    const std::string_view id = catalog[i].id, name = catalog[i].name;
    const auto by_id = sinew::find_exercise(tv(id));
    require(by_id && *by_id == e, "find_exercise: a built-in exercise's id finds it", id);
    const auto by_name = sinew::find_exercise(tv(name));
    require(by_name && *by_name == e, "find_exercise: a built-in exercise's name finds it", name);
    const auto m_id = sinew::match_exercise(tv(id));
    require(m_id && *m_id == e, "match_exercise: a built-in exercise's id matches it", id);
    const auto m_name = sinew::match_exercise(tv(name));
    require(m_name && *m_name == e, "match_exercise: a built-in exercise's name matches it", name);
  }
  const auto& model = sinew::lower_body;
  for (std::size_t i = 0; i != model.joints().size(); ++i) {
    const auto r = model.find_joint(model.joints()[i].id);
    require(r && r->index == i, "find_joint: a joint's id finds it", model.joints()[i].id);
  }
  for (std::size_t i = 0; i != model.actions().size(); ++i) {
    const auto r = model.find_action(model.actions()[i].id);
    require(r && r->index == i, "find_action: an action's id finds it", model.actions()[i].id);
  }
  for (std::size_t i = 0; i != model.groups().size(); ++i) {
    const auto r = model.find_group(model.groups()[i].id);
    require(r && r->index == i, "find_group: a group's id finds it", model.groups()[i].id);
  }
  for (std::size_t i = 0; i != model.muscles().size(); ++i) {
    const auto r = model.find_muscle(model.muscles()[i].id);
    require(r && r->index == i, "find_muscle: a muscle's id finds it", model.muscles()[i].id);
  }
}

// Rewrites `s` as the fuzzer's bytes say, changing only what must not matter:
// the case of ASCII letters, and each separator between words (one or more of
// ' ', '-', '/', '_').
std::string respell(std::string_view s, sinew_fuzz::byte_reader& in) {
  std::string out;
  for (std::size_t i = 0; i != s.size(); ++i) {
    const char c = s[i];
    if (c == ' ' || c == '-' || c == '_' || c == '/') {
      const std::uint8_t b = in.u8();
      const char seps[] = {' ', '-', '/', '_'};
      out += seps[b & 3U];
      if ((b & 4U) != 0) out += ' ';
      continue;
    }
    const std::uint8_t b = in.u8();
    out += (c >= 'a' && c <= 'z' && (b & 1U) != 0) ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

std::string with_case(std::string_view s, bool upper) {
  std::string out(s);
  for (char& c : out) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string separators_as_blanks(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '-' || c == '/' || c == '_') c = ' ';
  return out;
}

template <class Id, class Table>
void check_find(const sinew::result<Id>& r, const Table& table, std::string_view text, const char* what) {
  if (!r) {
    require(std::string_view(r.error().message).substr(0, 7) == "sinew: ", what, text);
    return;
  }
  require(r->index < table.size() && std::string_view(table[r->index].id) == text, what, text);
}

// Whether a word (as the matcher reads it) is one of the exercise's alias words or allowed words.
bool true_of(std::size_t e, std::string_view word) {
  const auto& index = sinew::detail::builtin_name_index;
  const int w = index.find(tv(word));
  if (w < 0) return false;
  if (index.fits[e].test(static_cast<std::size_t>(w))) return true;
  for (std::size_t a = 0; a != index.alias_count; ++a)
    if (index.aliases[a].exercise == e)
      for (std::size_t k = 0; k != index.aliases[a].count; ++k)
        if (index.aliases[a].words[k] == w) return true;
  return false;
}

void check_ranked(std::string_view input) {
  const auto m = sinew::match_exercise_name(tv(input));
  require(m.candidate_count <= sinew::exercise_name_match::max_candidates, "match_exercise_name: at most five runners-up", input);
  for (std::size_t k = 1; k < m.candidate_count; ++k)
    require(m.candidates[k - 1].confidence >= m.candidates[k].confidence, "match_exercise_name: runners-up best first", input);
  if (m.kind == sinew::name_match::not_found)
    for (std::size_t k = 0; k != m.candidate_count; ++k)
      require(m.candidates[k].confidence < 50, "match_exercise_name: nothing fits, so every runner-up is below 50", input);
  if (!m.found()) return;
  require(m.confidence >= 50 && m.confidence <= 100, "match_exercise_name: a found name's confidence is 50..100", input);
  const auto name = sinew::detail::words_of_name(tv(input), true);
  const auto alias = sinew::detail::words_of_name(m.alias, true);
  for (std::size_t k = 0; k != alias.count; ++k)
    require(name.contains(alias.word(k)), "match_exercise_name: every word of the matched alias is in the name", input);
  for (std::string_view implement : {"barbell", "dumbbell", "kettlebell", "cable", "machine", "band", "bodyweight", "sled"}) {
    if (true_of(m.exercise.index, implement)) continue;
    const std::string more = std::string(input) + " " + std::string(implement);
    const auto again = sinew::match_exercise_name(tv(more));
    require(!(again.found() && again.exercise == m.exercise),
            "match_exercise_name: an implement the exercise does not use is honoured: the name no longer means it", more);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool exact_checked = (check_exact_names(), true);
  (void)exact_checked;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto catalog = sinew::builtin_catalog();

  // Any text.
  const auto m = sinew::match_exercise(tv(input));
  require(same(m, sinew::match_exercise(tv(input))), "match_exercise: the same text gives the same answer", input);
  if (m) require(m->index < catalog.size(), "match_exercise: the answer is a built-in exercise", input);
  else require(std::string_view(m.error().message).substr(0, 7) == "sinew: ", "match_exercise: a refusal starts with 'sinew: '", input);
  const std::string upper = with_case(input, true), lower = with_case(input, false);
  require(same(m, sinew::match_exercise(tv(upper))) && same(m, sinew::match_exercise(tv(lower))),
          "match_exercise: ASCII case does not matter", input);
  const std::string blanks = separators_as_blanks(input);
  require(same(m, sinew::match_exercise(tv(blanks))), "match_exercise: hyphens, slashes and underscores read as blanks", input);

  check_ranked(input);

  const auto e = sinew::find_exercise(tv(input));
  if (e)
    require(e->index < catalog.size() && (std::string_view(catalog[e->index].id) == input ||
                                          std::string_view(catalog[e->index].name) == input),
            "find_exercise: finds only the exercise whose id or name is the text", input);
  const auto& model = sinew::lower_body;
  check_find(model.find_joint(tv(input)), model.joints(), input, "find_joint: finds only the joint whose id is the text");
  check_find(model.find_action(tv(input)), model.actions(), input, "find_action: finds only the action whose id is the text");
  check_find(model.find_group(tv(input)), model.groups(), input, "find_group: finds only the group whose id is the text");
  check_find(model.find_muscle(tv(input)), model.muscles(), input, "find_muscle: finds only the muscle whose id is the text");

  // One built-in exercise, respelled: still itself.
  sinew_fuzz::byte_reader in(data, size);
  const std::size_t pick = in.below(catalog.size());
  const sinew::exercise_id want{static_cast<std::uint16_t>(pick)};
  const bool use_name = (in.u8() & 1U) != 0;
  const std::string written = respell(use_name ? std::string_view(catalog[pick].name) : std::string_view(catalog[pick].id), in);
  const auto got = sinew::match_exercise(tv(written));
  require(got && *got == want, "match_exercise: an exact id or name, in any case and with any separators, matches itself", written);
  return 0;
}

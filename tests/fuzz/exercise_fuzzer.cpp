// libFuzzer target for exercises defined at run time (exercises/parse.hpp
// parse_exercise, and the word parsers of exercises/names.hpp it uses). Any
// bytes must either be refused with a "sinew:" message at a position inside the
// input, or give a record that keeps every rule a compile-time declaration
// keeps (exercises/descriptor.hpp first_broken_rule): at most
// max_actions_per_role actions per role, at most 4 treated groups, no action
// both loaded and assisting, equipment stated, ids inside the model; id and
// name view the input. The word parsers accept exactly the names name_of prints.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "sinew/exercises.hpp"
#include "sinew/notation.hpp"
#include "sinew/programs.hpp"

namespace {

using sinew_fuzz::require;

bool views_into(sinew::text_view part, std::string_view whole) {
  return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

template <class Set>
bool inside(const Set& s, std::size_t count) {
  bool ok = true;
  s.for_each([&](auto id) { ok = ok && id.index < count; });
  return ok;
}

// Each word parser accepts a word exactly when some value prints as it.
template <class Enum, class Parse>
void check_word_parser(Parse parse, std::size_t count, std::string_view word) {
  const auto r = parse(sinew::text_view(word.data(), word.size()));
  bool named = false;
  for (std::size_t i = 0; i != count; ++i)
    if (std::string_view(sinew::name_of(static_cast<Enum>(i))) == word) named = true;
  require(r.has_value() == named, "names: a word parser accepts exactly the names name_of prints", word);
  if (r) {
    require(static_cast<std::size_t>(*r) < count, "names: a parsed word is one of the enum's values", word);
    require(std::string_view(sinew::name_of(*r)) == word, "names: name_of(parse(w)) == w", word);
  } else {
    require(std::string_view(r.error().message).substr(0, 7) == "sinew: ", "names: a refusal starts with 'sinew: '", word);
  }
}

// A definition written from the bytes, entry by entry: lists of any length (up
// to every id the model has) of known words, so that each count rule is reached
// at once rather than by a long chain of lucky insertions.
std::string built_definition(sinew_fuzz::byte_reader& in) {
  const auto& model = sinew::lower_body;
  const auto list = [&](std::string& out, auto&& name_at, std::size_t count) {
    const std::size_t n = 1 + in.below(count);
    const std::size_t start = in.below(count);
    for (std::size_t k = 0; k != n; ++k) {
      if (k != 0) out += ", ";
      out += std::string_view(name_at((start + k * (1 + in.below(3))) % count));
    }
  };
  const auto action = [&](std::size_t i) { return model.actions()[i].id; };
  std::string t = "name: built";
  const std::uint8_t parts = in.u8();
  if ((parts & 1U) != 0) { t += "; loads: "; list(t, action, model.actions().size()); }
  if ((parts & 2U) != 0) { t += "; assists: "; list(t, action, model.actions().size()); }
  if ((parts & 4U) != 0) { t += "; stabilizes: "; list(t, action, model.actions().size()); }
  if ((parts & 8U) != 0) { t += "; held: "; list(t, action, model.actions().size()); }
  if ((parts & 16U) != 0) {
    t += "; treats: ";
    list(t, [&](std::size_t i) { return model.groups()[i].id; }, model.groups().size());
  }
  if ((parts & 32U) != 0) {
    t += "; equipment: ";
    list(t, [](std::size_t i) { return sinew::name_of(static_cast<sinew::equipment>(i)); }, sinew::equipment_count);
  }
  t += "; pattern: ";
  t += std::string_view(sinew::name_of(static_cast<sinew::movement_pattern>(in.below(sinew::movement_pattern_count))));
  return t;
}

void check_definition(std::string_view input);

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  check_definition(input);
  sinew_fuzz::byte_reader in(data, size);
  check_definition(built_definition(in));

  // The word parsers, on the whole input and on its first word.
  std::string_view word = input;
  if (const auto cut = word.find_first_of(" ;,:"); cut != std::string_view::npos) word = word.substr(0, cut);
  for (const std::string_view w : {input, word}) {
    check_word_parser<sinew::equipment>([](sinew::text_view t) { return sinew::parse_equipment(t); }, sinew::equipment_count, w);
    check_word_parser<sinew::movement_pattern>([](sinew::text_view t) { return sinew::parse_pattern(t); },
                                               sinew::movement_pattern_count, w);
    check_word_parser<sinew::mechanic>([](sinew::text_view t) { return sinew::parse_mechanic(t); }, 2, w);
    check_word_parser<sinew::laterality>([](sinew::text_view t) { return sinew::parse_laterality(t); }, 2, w);
    check_word_parser<sinew::spinal_load>([](sinew::text_view t) { return sinew::parse_spinal_load(t); }, 3, w);
    check_word_parser<sinew::load_peak>([](sinew::text_view t) { return sinew::parse_load_peak(t); }, 3, w);
    check_word_parser<sinew::difficulty>([](sinew::text_view t) { return sinew::parse_difficulty(t); }, 3, w);
  }
  return 0;
}

namespace {
void check_definition(std::string_view input) {
  const std::size_t size = input.size();
  const auto parsed = sinew::parse_exercise(sinew::text_view(input.data(), input.size()));
  if (!parsed) {
    const auto& e = parsed.error();
    require(e.position <= size, "parse_exercise: an error's position lies inside the input (or at its end)", input);
    require(std::string_view(e.message).substr(0, 7) == "sinew: ", "parse_exercise: an error starts with 'sinew: '", input);
  } else {
    const sinew::exercise_record& r = *parsed;
    constexpr std::size_t most = sinew::max_actions_per_role;
    require(r.loads.size() <= most, "parse_exercise: at most max_actions_per_role loaded actions, as at compile time", input);
    require(r.assists.size() <= most, "parse_exercise: at most max_actions_per_role assisting actions, as at compile time", input);
    require(r.stabilizes.size() <= most, "parse_exercise: at most max_actions_per_role stabilized actions, as at compile time", input);
    require(r.held_toward.size() <= most, "parse_exercise: at most max_actions_per_role held positions, as at compile time", input);
    require(r.treats.size() <= 4, "parse_exercise: at most 4 treated groups, as at compile time", input);
    require(r.override_count <= sinew::max_overrides, "parse_exercise: at most max_overrides overrides", input);
    require(sinew::first_broken_rule(r) == sinew::exercise_rule::ok,
            "parse_exercise: an accepted record breaks none of the declaration's rules", input);
    constexpr std::size_t actions = sinew::lower_body_model::action_count;
    require(inside(r.loads, actions) && inside(r.assists, actions) && inside(r.stabilizes, actions) &&
                inside(r.held_toward, actions),
            "parse_exercise: every action id is one of the model's", input);
    require(inside(r.treats, sinew::lower_body_model::group_count), "parse_exercise: every group id is one of the model's", input);
    require(!r.name.empty() && views_into(r.name, input), "parse_exercise: the name is non-empty and views the input", input);
    require(!r.id.empty() && views_into(r.id, input), "parse_exercise: the id is non-empty and views the input", input);
    require(static_cast<std::size_t>(r.pattern) < sinew::movement_pattern_count, "parse_exercise: the pattern is a known one", input);
    // Reading is a function of the text: the same text, the same record.
    const auto again = sinew::parse_exercise(sinew::text_view(input.data(), input.size()));
    require(again.has_value() && again->loads == r.loads && again->assists == r.assists &&
                again->stabilizes == r.stabilizes && again->held_toward == r.held_toward && again->treats == r.treats &&
                again->equipment == r.equipment && again->pattern == r.pattern && again->mechanic == r.mechanic,
            "parse_exercise: deterministic", input);
    // Its id and name can be written: a program naming it, alone, labelled, in both forms of a
    // grouping and with a progression, reads back from its file (a catalog of this record alone).
    const sinew::exercise_record one[] = {r};
    const sinew::span<const sinew::exercise_record> cat{one, 1};
    const sinew::exercise_id me{0};
    const sinew::set_scheme s = r.contraction == sinew::contraction::dynamic
                                    ? sinew::straight_sets(3, 10)
                                    : *sinew::parse_scheme(r.contraction == sinew::contraction::isometric ? "3x30s" : "3x50yd");
    sinew::program_builder b;
    b.progress(me, sinew::linear_load({25, sinew::load_step::unit_kind::tenths}))
        .add(me, s)
        .add(me, s, {1, 0})
        .group(sinew::grouping_kind::superset, {{me, s}, {me, s}})
        .group(sinew::grouping_kind::superset, {{me, s, {2, 'A'}}, {me, s, {2, 'B'}}});
    const auto p = b.build(cat);
    if (p && sinew::check(*p, cat).ok()) {  // a scheme that does not fit the record is not the name's doing
      std::string file;
      auto sink = [&](sinew::text_view t) { file.append(t.data(), t.size()); };
      sinew::format_program(sink, *p, cat);
      const auto back = sinew::parse_program(sinew::text_view(file.data(), file.size()), cat);
      require(back.has_value() && *back == *p, "parse_exercise: a program naming the record reads back from its file", input);
    }
  }
}
}  // namespace

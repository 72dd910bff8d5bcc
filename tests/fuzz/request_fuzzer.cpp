// libFuzzer target for the generator's request: its text readers
// (generation/request_text.hpp: parse_whole_number, parse_equipment_list,
// parse_weekday_list, parse_word for goal, level and condition, add_priority,
// add_named_exercise) and generate() on the request they build. The input is
// lines, one field each, in the order `sinew plan` options name them: days,
// minutes, equipment, weekdays, goal, level, conditions, priority, weeks,
// seed, exclude, require (a missing line keeps the request's default).
// Properties:
//   - a refusal says "sinew: " and points inside its field;
//   - what reads writes back: an equipment or weekday list written with the
//     words name_of prints reads to the same set, a number written in decimal
//     to the same number, a priority's name to the same target;
// An input starting with byte 0x01 is read as a request field by field from
// its bytes instead (every value, in range or just out of it, so that most
// such inputs reach the generator: text mutation seldom does).
//   - generate either refuses with a message naming one of its inputs (days,
//     weekdays, minutes, weeks, equipment, require, exclude; "request" for a
//     week no plan of these inputs fills) or gives a program
//     that check() passes, that reads back from its text unchanged, that uses
//     only the equipment at hand (and every required exercise, no excluded
//     one), whose analysis has no error (and, with SINEW_FUZZ_STRICT=1, no
//     warning beyond forced_warnings(request): not yet true, see below), and
//     that the same request gives again.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "sinew/generation.hpp"
#include "sinew/programs.hpp"

namespace {

using sinew_fuzz::require;

sinew::text_view tv(std::string_view s) { return {s.data(), s.size()}; }

/// "sinew: ..." at a byte of the field; `whole` lets a refusal of the whole field
/// (a single word that is none of the vocabulary's) carry no position.
bool refusal_ok(const sinew::error& e, std::string_view field, bool whole = false) {
  const bool placed = e.position <= field.size() || (whole && e.position == static_cast<std::size_t>(-1));
  return std::string_view(e.message.data(), e.message.size()).substr(0, 7) == "sinew: " && placed;
}

template <class Enum, class Set>
std::string words_of_set(const Set& s, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i != count; ++i) {
    const auto v = static_cast<Enum>(i);
    if (!s.contains(v)) continue;
    const sinew::text_view w = sinew::name_of(v);
    if (!out.empty()) out += ", ";
    out.append(w.data(), w.size());
  }
  return out;
}

std::string canonical_of(const sinew::program& p) {
  std::string out;
  auto sink = [&](sinew::text_view t) { out.append(t.data(), t.size()); };
  sinew::format_program(sink, p);
  return out;
}

void check_program(const sinew::plan_request& r, const sinew::program& p, std::string_view input) {
  require(sinew::check(p).ok(), "generate: the program keeps every rule (check)", input);
  const std::string text = canonical_of(p);
  const auto back = sinew::parse_program(tv(text));
  require(back.has_value() && *back == p, "generate: the program reads back from its text unchanged", input);
  const sinew::equipment_set at_hand = sinew::detail::at_hand(r);
  for (const auto& e : p.entries()) {
    require(at_hand.includes(sinew::info(e.exercise).equipment), "generate: only the equipment at hand", input);
    require(!r.exclude.contains(e.exercise), "generate: no excluded exercise", input);
  }
  for (std::size_t k = 0; k != r.require.size(); ++k) {
    bool held = false;
    for (const auto& e : p.entries()) held = held || e.exercise == r.require.items[k];
    require(held, "generate: every required exercise", input);
  }
  static sinew::program_analysis<sinew::builtin_model, sinew::program::limits> a;
  a = sinew::analyse(p, sinew::options_for(r));
  const sinew::finding_kind_set forced = sinew::forced_warnings(r);
  for (const auto& f : a.findings) {
    if (f.severity == sinew::severity::error || (f.severity == sinew::severity::warning && !forced.contains(f.kind)))
      std::fprintf(stderr, "sinew fuzz: request: days %u, weekdays %#x, minutes %u, equipment %#x, goal %u, level %u, "
                           "conditions %#x, weeks %u, seed %llu; finding: %.*s\n%s\n",
                   r.days, r.weekdays.bits, r.minutes, r.equipment.bits, static_cast<unsigned>(r.goal),
                   static_cast<unsigned>(r.level), static_cast<unsigned>(r.conditions.bits), r.weeks,
                   static_cast<unsigned long long>(r.seed), static_cast<int>(f.message().size()), f.message().data(),
                   text.c_str());
    if (f.severity == sinew::severity::error || (f.severity == sinew::severity::warning && !forced.contains(f.kind))) {
      std::fprintf(stderr, "sinew fuzz: priorities: groups");
      r.priorities.groups.for_each([](sinew::group_id g) { std::fprintf(stderr, " %u", g.index); });
      std::fprintf(stderr, ", muscles");
      r.priorities.muscles.for_each([](sinew::muscle_id m) { std::fprintf(stderr, " %u", m.index); });
      std::fprintf(stderr, ", actions");
      r.priorities.actions.for_each([](sinew::action_id x) { std::fprintf(stderr, " %u", x.index); });
      std::fprintf(stderr, "; exclude");
      for (std::size_t k = 0; k != r.exclude.size(); ++k) std::fprintf(stderr, " %u", r.exclude.items[k].index);
      std::fprintf(stderr, "; require");
      for (std::size_t k = 0; k != r.require.size(); ++k) std::fprintf(stderr, " %u", r.require.items[k].index);
      std::fprintf(stderr, "\n");
    }
    require(f.severity != sinew::severity::error, "generate: no error-level finding", input);
    // Not checked: no warning beyond forced_warnings(request). About 6 % of random requests
    // with priorities, conditions or exclusions still get one (a balance, a condition's sets, an
    // action left uncovered); docs/generator.md says so. `SINEW_FUZZ_STRICT=1` checks it.
    if (std::getenv("SINEW_FUZZ_STRICT") != nullptr)
      require(f.severity != sinew::severity::warning || forced.contains(f.kind),
              "generate: no warning beyond forced_warnings(request)", input);
  }
}


/// The generator's properties on `r` (see the header).
void check_generate(sinew::plan_request r, std::string_view input) {
  // weeks beyond a few cost time, not coverage: keep runs fast
  if (r.weeks > 4 && r.weeks <= 16) r.weeks = 4;
  static sinew::program first;
  const auto p = sinew::generate(r);
  if (!p) {
    const std::string_view m(p.error().message.data(), p.error().message.size());
    bool named = false;
    for (std::string_view prefix : {"sinew: days:", "sinew: weekdays:", "sinew: minutes:", "sinew: weeks:",
                                    "sinew: equipment:", "sinew: require:", "sinew: exclude:", "sinew: request:"})
      named = named || m.substr(0, prefix.size()) == prefix;
    if (!named) std::fprintf(stderr, "sinew fuzz: refusal: %.*s\n", static_cast<int>(m.size()), m.data());
    require(named, "generate: a refusal names its input", input);
    return;
  }
  first = *p;
  check_program(r, first, input);
  const auto again = sinew::generate(r);
  require(again && *again == first, "generate: the same request gives the same program", input);
}

/// A request from bytes, each field in its range or just past it.
sinew::plan_request request_from(sinew_fuzz::byte_reader& b) {
  sinew::plan_request r{};
  r.days = static_cast<std::uint8_t>(b.below(8));
  if (b.below(4) == 0) r.weekdays.bits = static_cast<std::uint8_t>(b.u8() & 0xFEU);
  r.minutes = static_cast<std::uint32_t>(b.below(4) == 0 ? b.below(260) : 20 + b.below(100));
  r.equipment.bits = b.u16();
  r.goal = static_cast<sinew::training_goal>(b.below(sinew::words_of<sinew::training_goal>().size()));
  r.level = static_cast<sinew::training_level>(b.below(sinew::words_of<sinew::training_level>().size()));
  const std::size_t conditions = sinew::words_of<sinew::condition>().size();
  for (std::size_t i = 0; i != conditions; ++i)
    if (b.below(4) == 0) r.conditions.insert(static_cast<sinew::condition>(i));
  for (std::size_t n = b.below(3); n != 0; --n) {
    const auto& m = sinew::lower_body;
    switch (b.below(3)) {
      case 0: r.priorities.groups.insert(sinew::group_id{static_cast<std::uint8_t>(b.below(m.groups().size()))}); break;
      case 1: r.priorities.muscles.insert(sinew::muscle_id{static_cast<std::uint8_t>(b.below(m.muscles().size()))}); break;
      default: r.priorities.actions.insert(sinew::action_id{static_cast<std::uint8_t>(b.below(m.actions().size()))}); break;
    }
  }
  r.weeks = static_cast<std::uint16_t>(b.below(18));
  r.seed = b.u32();
  const std::size_t catalog = sinew::builtin_catalog().size();
  for (std::size_t n = b.below(3); n != 0; --n)
    (void)r.exclude.add(sinew::exercise_id{static_cast<std::uint16_t>(b.below(catalog + 1))});
  for (std::size_t n = b.below(3); n != 0; --n)
    (void)r.require.add(sinew::exercise_id{static_cast<std::uint16_t>(b.below(catalog + 1))});
  return r;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (size != 0 && data[0] == 0x01) {
    sinew_fuzz::byte_reader b(data + 1, size - 1);
    check_generate(request_from(b), input);
    return 0;
  }
  std::string_view field[12]{};
  bool given[12]{};
  {
    std::size_t begin = 0;
    for (std::size_t k = 0; k != 12 && begin <= input.size(); ++k) {
      std::size_t end = input.find('\n', begin);
      if (end == std::string_view::npos) end = input.size();
      field[k] = input.substr(begin, end - begin);
      given[k] = !field[k].empty();
      begin = end + 1;
    }
  }
  sinew::plan_request r{};
  bool usable = true;
  const auto number = [&](std::size_t k, std::uint64_t max, auto& out) {
    if (!given[k]) return;
    const auto n = sinew::parse_whole_number(tv(field[k]), max);
    if (!n) {
      require(refusal_ok(n.error(), field[k]), "number: a refusal says sinew: inside its field", input);
      usable = false;
      return;
    }
    require(*n <= max, "number: at most max", input);
    const std::string again = std::to_string(*n);
    const auto back = sinew::parse_whole_number(tv(again), max);
    require(back && *back == *n, "number: the decimal text reads back", input);
    out = static_cast<std::remove_reference_t<decltype(out)>>(*n);
  };
  number(0, 255, r.days);
  number(1, 0xFFFFFFFFU, r.minutes);
  if (given[2]) {
    const auto e = sinew::parse_equipment_list(tv(field[2]));
    if (!e) {
      require(refusal_ok(e.error(), field[2]), "equipment: a refusal says sinew: inside its field", input);
      usable = false;
    } else {
      const std::string words = words_of_set<sinew::equipment>(*e, sinew::words_of<sinew::equipment>().size());
      const auto back = sinew::parse_equipment_list(tv(words));
      require(words.empty() || (back && *back == *e), "equipment: the list name_of writes reads back", input);
      r.equipment = *e;
    }
  }
  if (given[3]) {
    const auto d = sinew::parse_weekday_list(tv(field[3]));
    if (!d) {
      require(refusal_ok(d.error(), field[3]), "weekdays: a refusal says sinew: inside its field", input);
      usable = false;
    } else {
      std::string words;
      for (std::uint8_t day = 1; day <= 7; ++day)
        if (d->contains(static_cast<sinew::weekday>(day))) {
          const sinew::text_view w = sinew::name_of(static_cast<sinew::weekday>(day));
          words += (words.empty() ? "" : ",") + std::string(w.data(), w.size());
        }
      const auto back = sinew::parse_weekday_list(tv(words));
      require(back && *back == *d, "weekdays: the list name_of writes reads back", input);
      r.weekdays = *d;
    }
  }
  const auto word = [&](std::size_t k, auto& out) {
    if (!given[k]) return;
    using E = std::remove_reference_t<decltype(out)>;
    const auto w = sinew::parse_word<E>(tv(field[k]));
    if (!w) {
      require(refusal_ok(w.error(), field[k], true), "word: a refusal says sinew:", input);
      usable = false;
      return;
    }
    const auto back = sinew::parse_word<E>(sinew::name_of(*w));
    require(back && *back == *w, "word: name_of reads back", input);
    out = *w;
  };
  word(4, r.goal);
  word(5, r.level);
  if (given[6]) {
    std::size_t begin = 0;
    while (begin <= field[6].size()) {
      std::size_t end = field[6].find(',', begin);
      if (end == std::string_view::npos) end = field[6].size();
      const std::string_view item = field[6].substr(begin, end - begin);
      sinew::condition c{};
      const auto w = sinew::parse_word<sinew::condition>(tv(item));
      if (!w) {
        usable = false;
        break;
      }
      c = *w;
      r.conditions.insert(c);
      begin = end + 1;
    }
  }
  if (given[7]) {
    const auto t = sinew::add_priority(r.priorities, tv(field[7]));
    if (!t) {
      require(refusal_ok(t.error(), field[7], true), "priority: a refusal says sinew:", input);
      usable = false;
    } else {
      // its id names the same target
      sinew::text_view id{};
      switch (t->kind) {
        case sinew::plan_target_kind::group: id = sinew::lower_body.info(t->group).id; break;
        case sinew::plan_target_kind::muscle: id = sinew::lower_body.info(t->muscle).id; break;
        case sinew::plan_target_kind::action: id = sinew::lower_body.info(t->action).id; break;
      }
      const auto back = sinew::find_plan_target(id);
      require(back && *back == *t, "priority: the target's id reads back to it", input);
    }
  }
  number(8, 0xFFFFU, r.weeks);
  number(9, ~std::uint64_t{0}, r.seed);
  for (std::size_t k : {std::size_t{10}, std::size_t{11}}) {
    if (!given[k]) continue;
    auto& list = k == 10 ? r.exclude : r.require;
    const std::size_t before = list.size();
    const auto e = sinew::add_named_exercise(list, tv(field[k]));
    if (!e) {
      require(refusal_ok(e.error(), field[k], true) && list.size() == before, "exercise: a refusal adds nothing", input);
      usable = false;
    } else {
      require(list.size() == before + 1 && list.items[before] == *e, "exercise: the exercise is added", input);
    }
  }
  if (usable) check_generate(r, input);
  return 0;
}

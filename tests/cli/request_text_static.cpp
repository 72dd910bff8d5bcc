// generation/request_text.hpp in constant evaluation: each reader on what it
// accepts, what it refuses and where its error points, so a command line or a
// form fills a plan_request the same at compile time and at run time.
#include <sinew/generation/request_text.hpp>

namespace {

using namespace sinew;

constexpr bool fails_at(const auto& r, text_view message, std::size_t position) {
  return !r && r.error().message == message && r.error().position == position;
}

// Whole numbers: digits only, within the field's range; the error points at the bad byte.
static_assert(*parse_whole_number("6", 6) == 6);
static_assert(*parse_whole_number(" 16 ", 16) == 16);
static_assert(*parse_whole_number("0", 6) == 0);
static_assert(*parse_whole_number("18446744073709551615", ~std::uint64_t{0}) == ~std::uint64_t{0});
static_assert(fails_at(parse_whole_number("18446744073709551616", ~std::uint64_t{0}), msg_request_number_too_large, 0));
static_assert(fails_at(parse_whole_number("256", 255), msg_request_number_too_large, 0));
static_assert(fails_at(parse_whole_number("7", 6), msg_request_number_too_large, 0));
static_assert(fails_at(parse_whole_number("9", 0), msg_request_number_too_large, 0));
static_assert(fails_at(parse_whole_number("2x", 6), msg_request_not_a_number, 1));
static_assert(fails_at(parse_whole_number("-1", 6), msg_request_not_a_number, 0));
static_assert(fails_at(parse_whole_number("", 6), msg_request_not_a_number, 0));
static_assert(fails_at(parse_whole_number("  ", 6), msg_request_not_a_number, 2));

// Equipment: every word of the vocabulary, case and separators aside.
constexpr bool every_equipment_word_reads() {
  const auto words = words_of<equipment>();
  for (std::size_t i = 0; i != words.size(); ++i) {
    const auto one = parse_equipment_list(words[i]);
    if (!one || one->bits != equipment_set{static_cast<equipment>(i)}.bits) return false;
  }
  return words.size() == equipment_count;
}
static_assert(every_equipment_word_reads());
static_assert(parse_equipment_list("barbell,dumbbell,machine,cable")->bits ==
              equipment_set{equipment::barbell, equipment::dumbbell, equipment::machine, equipment::cable}.bits);
static_assert(parse_equipment_list(" Trap Bar , foam-roller,barbell,barbell")->bits ==
              equipment_set{equipment::trap_bar, equipment::foam_roller, equipment::barbell}.bits);
static_assert(fails_at(parse_equipment_list("barbell,bar"), expected_choices<equipment>(), 8));
static_assert(fails_at(parse_equipment_list("barbell,,cable"), msg_request_empty_item, 8));
static_assert(fails_at(parse_equipment_list("barbell,"), msg_request_empty_item, 8));
static_assert(fails_at(parse_equipment_list(""), msg_request_empty_item, 0));
static_assert(fails_at(parse_equipment_list("trap__bar"), expected_choices<equipment>(), 0));

// Weekdays: the names and short forms a program file's day header reads.
constexpr bool every_weekday_word_reads() {
  for (std::size_t d = 0; d != 7; ++d)
    for (const text_view w : detail::weekday_words[d]) {
      if (w.empty()) continue;
      const auto r = parse_weekday(w);
      if (!r || *r != static_cast<weekday>(d + 1)) return false;
    }
  return true;
}
static_assert(every_weekday_word_reads());
static_assert(*parse_weekday_list("mon,thu") == weekday_set{weekday::monday, weekday::thursday});
static_assert(*parse_weekday_list("Monday, Wed ,FRI") == weekday_set{weekday::monday, weekday::wednesday, weekday::friday});
static_assert(parse_weekday_list("sun,sun")->size() == 1);
static_assert(fails_at(parse_weekday_list("mon,thirsday"), msg_request_unknown_weekday, 4));
static_assert(fails_at(parse_weekday_list("mon,"), msg_request_empty_item, 4));
static_assert(fails_at(parse_weekday_list("m"), msg_request_unknown_weekday, 0));

// Priorities: a group, a muscle or an action, by id or name.
static_assert(find_plan_target("glutes")->kind == plan_target_kind::group);
static_assert(find_plan_target("Glutes")->group == lower_body.id(glutes));
static_assert(find_plan_target("gluteus medius")->muscle == lower_body.id(gluteus_medius));
static_assert(find_plan_target("Gluteus-Medius")->kind == plan_target_kind::muscle);
static_assert(find_plan_target("hip_abduction")->action == lower_body.id(hip_abduction));
static_assert(find_plan_target("hip abduction")->kind == plan_target_kind::action);
static_assert(fails_at(find_plan_target("glutez"), msg_request_unknown_target, error::no_position));
static_assert(fails_at(find_plan_target(""), msg_request_unknown_target, error::no_position));

// Every entity of the model is found by its id and by its name, as itself.
constexpr bool every_entity_is_a_target() {
  for (std::size_t i = 0; i != lower_body.groups().size(); ++i) {
    const auto& g = lower_body.groups()[i];
    for (text_view n : {g.id, g.name}) {
      const auto t = find_plan_target(n);
      if (!t || t->kind != plan_target_kind::group || t->group.index != i) return false;
    }
  }
  for (std::size_t i = 0; i != lower_body.muscles().size(); ++i) {
    const auto& m = lower_body.muscles()[i];
    for (text_view n : {m.id, m.name}) {
      const auto t = find_plan_target(n);
      if (!t || t->kind != plan_target_kind::muscle || t->muscle.index != i) return false;
    }
  }
  for (std::size_t i = 0; i != lower_body.actions().size(); ++i) {
    const auto& a = lower_body.actions()[i];
    for (text_view n : {a.id, a.name}) {
      const auto t = find_plan_target(n);
      if (!t || t->kind != plan_target_kind::action || t->action.index != i) return false;
    }
  }
  return true;
}
static_assert(every_entity_is_a_target());

constexpr plan_priorities three_priorities() {
  plan_priorities p{};
  (void)add_priority(p, "glutes");
  (void)add_priority(p, "soleus");
  (void)add_priority(p, "hip external rotation");
  return p;
}
static_assert(three_priorities().groups.contains(lower_body.id(glutes)));
static_assert(three_priorities().muscles.contains(lower_body.id(soleus)));
static_assert(three_priorities().actions.contains(lower_body.id(hip_external_rotation)));
static_assert(three_priorities().groups.size() == 1 && three_priorities().muscles.size() == 1 &&
              three_priorities().actions.size() == 1);

// Exercises: any name people write; the list refuses a seventeenth.
constexpr exercise_list listed(text_view a, text_view b) {
  exercise_list l{};
  (void)add_named_exercise(l, a);
  (void)add_named_exercise(l, b);
  return l;
}
static_assert(listed("Squat (Barbell)", "rdl").size() == 2);
static_assert(listed("Squat (Barbell)", "barbell back squat").size() == 1);
static_assert(listed("Squat (Barbell)", "rdl").contains(exercise_id{barbell_back_squat}));
constexpr bool unknown_name_fails() {
  exercise_list l{};
  const auto r = add_named_exercise(l, "zercher squat");
  return !r && r.error().message == match_exercise("zercher squat").error().message && l.empty();
}
static_assert(unknown_name_fails());
constexpr bool seventeenth_fails() {
  exercise_list l{};
  for (std::uint16_t i = 0; i != max_listed_exercises; ++i) (void)l.add(exercise_id{i});
  const auto r = add_named_exercise(l, builtin_exercises[max_listed_exercises + 1].name);
  return !r && r.error().message == msg_request_list_full && l.size() == max_listed_exercises;
}
static_assert(seventeenth_fails());

}  // namespace

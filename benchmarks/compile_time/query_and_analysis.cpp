// compile_time.sh: a translation unit as a coach tool writes one - an exercise
// query (what trains the soleus with the equipment at hand, and substitutes
// for one of them) and a program read from text and analysed - at run time,
// on input only known then.
#include <sinew/sinew.hpp>

#include <cstdio>

using namespace sinew;

int main(int argc, char** argv) {
  const text_view muscle_name = argc > 1 ? argv[1] : "soleus";
  const text_view program_text = argc > 2 ? argv[2]
                                          : "program: calves\n"
                                            "day 1\n"
                                            "working:\n"
                                            "1. seated calf raise 4x12-15 @301\n"
                                            "2. standing calf raise 3x8-10\n";

  // The query: exercises that train the muscle with dumbbells or the body's
  // weight, and the closest substitutes for the first of them.
  std::size_t answers = 0;
  if (const auto m = lower_body.find_muscle(muscle_name)) {
    const exercise_set found = exercises_covering(
        *m, coverage::working, exercise_filter{}.with_equipment({equipment::dumbbell, equipment::bodyweight}));
    for (exercise_id e : found) answers += static_cast<std::size_t>(role_in(e, *m));
    ranked_exercise closest[5];
    if (!found.empty()) answers += substitutes_for(*found.begin(), closest).written;
  }

  // The analysis: read the program, analyse it, report its findings.
  const auto read = parse_program(program_text);
  if (!read) return std::puts("the program does not read"), 2;
  const auto analysis = analyse(*read);
  for (const finding& f : analysis.findings)
    std::printf("%.*s\n", static_cast<int>(f.message().size()), f.message().data());
  return answers == 0 ? 1 : 0;
}

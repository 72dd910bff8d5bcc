// A program generated at compile time: generate() is a constant expression, its
// program checked and analysed in static_asserts. Small program limits keep the
// constant evaluation short (one written week of two sessions).
#include <sinew/generation.hpp>

namespace {
using namespace sinew;

constexpr program_limits small{.weeks = 1, .sessions = 2, .blocks = 10, .entries = 24, .groupings = 4, .progressions = 24};

constexpr plan_request two_days = [] {
  plan_request r{};
  r.days = 2;
  r.minutes = 90;
  r.equipment = {equipment::band, equipment::dumbbell, equipment::machine};
  r.goal = training_goal::hypertrophy;
  r.seed = 7;
  return r;
}();

constexpr auto generated = generate<builtin_model, small>(two_days);
static_assert(generated.has_value());
constexpr const auto& p = *generated;
static_assert(p.sessions().size() == 2);
static_assert(p.sessions()[0].day == 1 && p.sessions()[1].day == 4);
static_assert(check(p).ok());
// only the equipment at hand and the body
static_assert([] {
  for (const auto& e : p.entries())
    if (!detail::at_hand(two_days).includes(info(e.exercise).equipment)) return false;
  return true;
}());
// its own analysis: no error, no warning (a two-day hypertrophy week forces none)
static_assert(forced_warnings(two_days).bits == 0);
static_assert([] {
  const auto a = analyse(p, options_for(two_days));
  for (const auto& f : a.findings)
    if (f.severity != severity::info) return false;
  return true;
}());
// A request no round plans without a warning of its own (two days of strength with dumbbells for
// a beginner who puts the glutes first: the glutes' range is full, and knee flexion stays short
// of its balance): every round runs, and the best round's week (the first) is kept to be written
// again (a union made with that week, in constant evaluation too).
constexpr plan_request every_round = [] {
  plan_request r{};
  r.days = 2;
  r.equipment = {equipment::dumbbell};
  r.goal = training_goal::strength;
  r.level = training_level::beginner;
  r.priorities.groups.insert(*builtin_model::find_group("glutes"));
  r.seed = 3;
  return r;
}();
constexpr auto kept = generate<builtin_model, small>(every_round);
static_assert(kept.has_value());
static_assert(check(*kept).ok());
static_assert([] {
  const auto a = analyse(*kept, options_for(every_round));
  bool unforced = false;
  for (const auto& f : a.findings) {
    if (f.severity == severity::error) return false;
    unforced = unforced || (f.severity == severity::warning && !forced_warnings(every_round).contains(f.kind));
  }
  return unforced;  // the case this block is about: a warning the request does not force
}());

}  // namespace

int main() {}

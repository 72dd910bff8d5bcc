// Properties every built-in exercise must have, checked over the whole catalog:
// ids unique and snake_case, names derived from ids, statements valid, at least
// one prime mover (soft-tissue work: a treated muscle), prime movers cross the
// joints of the actions they move, and derived roles agree with the anatomy.
#include <doctest/doctest.h>

#include <sinew/exercises.hpp>

#include <cmath>
#include <string>

using namespace sinew;

TEST_CASE("every built-in exercise keeps the catalog's properties") {
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i) {
    const exercise_record& r = builtin_exercises[i];
    CAPTURE(r.id);
    // ids: unique, snake_case; names: the id in words.
    REQUIRE_FALSE(r.id.empty());
    for (char c : r.id) CHECK(((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'));
    CHECK(r.id.front() != '_');
    CHECK(r.id.back() != '_');
    for (std::size_t j = i + 1; j != builtin_exercises.size(); ++j) CHECK(builtin_exercises[j].id != r.id);
    std::string words(r.id);
    for (char& c : words)
      if (c == '_') c = ' ';
    CHECK(r.name == words);
    CHECK(first_broken_rule(r) ==
          exercise_rule::ok);

    const auto profile = derive(r);
    const auto e = effective_actions_of(r);
    const muscle_set primes = profile.with_role(muscle_role::prime_mover);
    if (r.treats.empty()) {
      CHECK(primes.size() >= 1);
      // Every primary loaded action has a prime mover, and it crosses that action's joint.
      r.loads.for_each([&](action_id a) {
        CAPTURE(lower_body.info(a).id);
        bool moved = false;
        primes.for_each([&](muscle_id m) {
          if (performs(m, a)) {
            moved = true;
            CHECK(crosses_joint(m, lower_body.info(a).joint));
          }
        });
        CHECK(moved);
      });
    } else {
      CHECK(profile.with_role(muscle_role::treated).size() >= 1);
    }
    float total = 0.0F;
    for (const auto& w : profile) {
      CAPTURE(lower_body.info(w.muscle).id);
      total += w.emphasis;
      CHECK(w.emphasis >= 0.0F);
      bool overridden = false;
      for (std::size_t k = 0; k != r.override_count; ++k) overridden = overridden || r.overrides[k].muscle == w.muscle;
      const action_set mine = actions_of(w.muscle);
      switch (w.role) {
        case muscle_role::prime_mover:
          // a primary mover, in the anatomy, of a primary loaded action (or the override says so, or
          // a stretch's target: a mover of the stretched action lengthened at the joint it holds)
          CHECK((overridden || actions_of(w.muscle, role_filter::primary).intersects(e.primary) ||
                 (r.kind == exercise_kind::stretch && w.length == muscle_length::lengthened && mine.intersects(e.primary))));
          CHECK(w.emphasis > 0.0F);
          break;
        case muscle_role::synergist: CHECK((overridden || mine.intersects(e.moving()))); break;
        case muscle_role::stabilizer:
          CHECK(mine.intersects(e.stabilized));
          CHECK_FALSE(mine.intersects(e.moving()));
          break;
        case muscle_role::treated: CHECK(lower_body.info(w.muscle).groups.intersects(r.treats)); break;
        case muscle_role::none: CHECK(false); break;  // profiles list involved muscles only
      }
      // The precomputed index agrees with the derivation.
      CHECK(role_in(exercise_id{static_cast<std::uint16_t>(i)}, w.muscle) == w.role);
    }
    CHECK(std::fabs(total - 1.0F) < 1e-3F);
    // Muscles performing none of the effective actions are not involved.
    for (std::size_t m = 0; m != lower_body_model::muscle_count; ++m) {
      const muscle_id mu{static_cast<std::uint16_t>(m)};
      if (!actions_of(mu).intersects(e.all()) && !lower_body.info(mu).groups.intersects(r.treats))
        CHECK(profile.role_of(mu) == muscle_role::none);
    }
  }
}

TEST_CASE("every library exercise type equals its record, and converts to its id") {
  CHECK(info(exercise_id{barbell_back_squat}).id == "barbell_back_squat");
  CHECK(record_of(seated_calf_raise).held_toward == info(seated_calf_raise).held_toward);
  CHECK(info(exercise_id{foam_roll_adductors}).id == "foam_roll_adductors");  // every tag: static_builtin_catalog.cpp
}

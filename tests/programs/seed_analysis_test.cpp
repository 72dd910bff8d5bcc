// The analyses of the seed routines, pinned: each routine of the articles
// analysed with the default options (hypertrophy, intermediate, no condition),
// its findings (severity, kind and the groups, muscles and actions they name,
// in the order the analysis gives them), its weekly sets per group (every group:
// one not listed must get none), a few muscles that show how the anatomy counts,
// and its session's figures. Each pinned value says why the anatomy gives it.
//
// What a coach might read as wrong is pinned as it is, marked "QUESTIONABLE",
// so that a change to the rules shows here on purpose:
// A group is a target (direct sets) only when its prime movers carry a tenth of
// the exercise's work (the exercises layer's group_role): adductor magnus's
// hamstring part extends the hip in every squat and hinge, but the adductors
// group stays indirect there (half a set each); rectus femoris does not make a
// leg extension a hip-flexor exercise, nor tensor fasciae latae a cable hip
// abduction.
//   - the "toes out" variants make the external rotators, iliopsoas among them,
//     synergists: a glute routine gets 7.5 weekly sets of psoas major;
//   - erector spinae is counted a prime mover of back extensions and of
//     deadlifts and RDLs, where it works isometrically.
#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "seed_routines.hpp"

namespace {

using model = sinew::builtin_model;
using analysis = sinew::program_analysis<model, sinew::program::limits>;

std::string ids_of(const auto& set) {
  std::string out;
  set.for_each([&](auto id) {
    if (!out.empty()) out += ' ';
    const sinew::text_view t = model::info(id).id;
    out.append(t.data(), t.size());
  });
  return out;
}

/// "severity kind [groups] [muscles] [actions]".
std::string pinned(const sinew::finding& f) {
  const sinew::text_view s = sinew::name_of(f.severity), k = sinew::name_of(f.kind);
  return std::string(s.data(), s.size()) + ' ' + std::string(k.data(), k.size()) + " [" + ids_of(f.groups) + "] [" +
         ids_of(f.muscles) + "] [" + ids_of(f.actions) + ']';
}

struct volume_pin {
  std::string_view id;
  double sets;
  double direct_sets;
};

struct seed_pins {
  sinew::program (*build)() noexcept;
  std::vector<std::string> findings;
  std::vector<volume_pin> groups;   ///< every group with sets; the others get none
  std::vector<volume_pin> muscles;  ///< a few muscles
  long minutes;                     ///< -1: not estimated
  std::uint32_t sets;               ///< work sets of the session
};

const analysis& analysed(const sinew::program& p) {
  static analysis a{};  // large: kept off the stack
  a = sinew::analyse(p);
  return a;
}

void check_pins(const seed_pins& pins) {
  const sinew::program p = pins.build();
  const analysis& a = analysed(p);
  CAPTURE(std::string(p.name.data(), p.name.size()));
  CHECK(a.passes());  // no condition is stated, so no finding is an error
  CHECK(a.findings.omitted == 0);
  std::vector<std::string> got;
  for (const auto& f : a.findings) got.push_back(pinned(f));
  CHECK(got == pins.findings);
  for (std::size_t g = 0; g != model::group_count; ++g) {
    const sinew::group_id id{static_cast<std::uint8_t>(g)};
    const sinew::text_view name = model::info(id).id;
    CAPTURE(std::string(name.data(), name.size()));
    double sets = 0.0, direct = 0.0;
    for (const auto& pin : pins.groups)
      if (pin.id == std::string_view(name.data(), name.size())) sets = pin.sets, direct = pin.direct_sets;
    CHECK(a.of(id).sets == sets);
    CHECK(a.of(id).direct_sets == direct);
  }
  for (const auto& pin : pins.muscles) {
    CAPTURE(pin.id);
    bool found = false;
    for (std::size_t m = 0; m != model::muscle_count; ++m) {
      const sinew::muscle_id id{static_cast<std::uint16_t>(m)};
      const sinew::text_view name = model::info(id).id;
      if (std::string_view(name.data(), name.size()) != pin.id) continue;
      found = true;
      CHECK(a.of(id).sets == pin.sets);
      CHECK(a.of(id).direct_sets == pin.direct_sets);
    }
    CHECK(found);
  }
  REQUIRE(a.session_count == 1);  // every seed routine is one session
  const auto& s = a.sessions[0];
  CHECK((s.seconds.known ? static_cast<long>(s.minutes()) : -1L) == pins.minutes);
  CHECK(s.sets == pins.sets);
}

}  // namespace

TEST_CASE("the glute routine's analysis") {
  check_pins({seed_routines::glute_routine,
              {
                  // The glutes get 18 sets (below), the quadriceps only the squat's 5 and
                  // the deadlift's indirect share: a glute day, as Padron means it.
                  "warning volume_low [quadriceps] [] []",
                  // 18 > 16, the intermediate maximum: every one of the 18 sets has a glute
                  // as a prime mover (the tri-set's 9, the pyramid's 5, the deadlift's 4).
                  "warning volume_high [glutes] [] []",
                  // 15 of them are gluteus maximus's (hip extension) in one session, above 8.
                  "warning session_volume_high [] [gluteus_maximus] []",
                  "warning uncovered_group [calves] [] []",
                  "info uncovered_group [shin peroneals] [] []",
                  // Hinges load the hamstrings at the hip only.
                  "warning uncovered_action [hamstrings] [] [knee_flexion]",
                  // QUESTIONABLE: every exercise is a "toes out" variant, meant for external
                  // rotation, but a stance held rotated is not rotation trained.
                  "warning uncovered_action [glutes] [] [hip_external_rotation]",
                  "warning imbalance [] [] [knee_flexion knee_extension]",
                  // Hip adduction 0 sets to abduction's 3 (the cable glute raise); the adductors
                  // group's 9 sets are indirect (adductor magnus's hamstring part in the hinges).
                  "warning imbalance [] [] [hip_abduction hip_adduction]",
                  // The wide-stance squat then the barbell deadlift: two heavy spinal loads in a row.
                  "warning order [] [] []",
                  // One session: each group trained directly is loaded once a week, not twice.
                  "info frequency_low [quadriceps] [] []",
                  "info frequency_low [hamstrings] [] []",
                  "info frequency_low [glutes] [] []",
              },
              {
                  {"quadriceps", 7, 5},  // the squat's 5 direct; the deadlift's 4 at half weight: 2
                  {"hamstrings", 14, 10},  // RDL 3, back extension 3, deadlift 4 direct; the rest synergist shares
                  {"glutes", 18, 18},
                  {"adductors", 9, 0},  // adductor magnus's hamstring part: indirect in 18 sets (see the top)
                  {"abductors", 10.5, 3},   // the cable glute raise's 3 direct; the toes-out moves assist
                  {"hip_flexors", 9, 0},  // tensor fasciae latae and the toes-out stance: indirect only
                  {"deep_external_rotators", 9, 0},  // the toes-out stance: synergists of 18 sets
                  {"lower_back", 8.5, 7},  // QUESTIONABLE: back extension 3 and deadlift 4 as direct; the RDL's 3 indirect
              },
              {
                  {"gluteus_maximus", 16.5, 15},  // prime mover of every hinge and squat (15); assists the raise
                  {"adductor_magnus_hamstring_part", 16.5, 15},  // a hip extensor: gluteus maximus's sets
                  {"vastus_lateralis", 7, 5},  // the squat's pyramid (5 sets) and the deadlift (4 x 0.5)
                  {"rectus_femoris", 4.5, 0},  // crosses the hip: never a prime mover of a squat
                  {"psoas_major", 7.5, 0},      // QUESTIONABLE: the toes-out stance (see the top)
                  {"biceps_femoris_short_head", 0, 0},  // crosses only the knee: a hinge does not load it
              },
              35,
              18}); // the pyramid's 5 sets, the deadlift's 4, the tri-set's 9; about 35 minutes
}

TEST_CASE("the hamstring routine's analysis") {
  check_pins({seed_routines::hamstring_routine,
              {
                  // The leg curls' gastrocnemius (a knee flexor, as a synergist): 7 x 0.5 = 3.5 < 6.
                  "warning volume_low [calves] [] []",
                  // 18 > 14: every set of the routine has a hamstring as a prime mover.
                  "warning volume_high [hamstrings] [] []",
                  "warning session_volume_high [] [biceps_femoris_long_head] []",
                  "warning uncovered_group [quadriceps] [] []",
                  "info uncovered_group [deep_external_rotators shin peroneals] [] []",
                  "warning uncovered_action [glutes] [] [hip_abduction hip_external_rotation]",
                  // Knee flexion 7 (the leg curls) to extension 0: the ratio is infinite.
                  "warning imbalance [] [] [knee_flexion knee_extension]",
                  // No unilateral exercise.
                  "info imbalance [] [] []",
                  "info frequency_low [hamstrings] [] []",
                  "info frequency_low [glutes] [] []",
                  "info frequency_low [calves] [] []",
              },
              {
                  {"hamstrings", 18, 18},  // back extension 3, RDL 3, leg curl 3 + 4, straight-leg deadlift 5
                  {"glutes", 11, 11},      // the hinges' 11: gluteus maximus extends the hip
                  {"calves", 3.5, 0},      // gastrocnemius assists the leg curls' knee flexion (7 x 0.5)
                  {"adductors", 9, 0},  // adductor magnus's hamstring part in the hinges: indirect
                  {"abductors", 5.5, 0},
                  {"hip_flexors", 3.5, 0},  // sartorius and gracilis assist the leg curls (7 x 0.5)
                  {"lower_back", 11, 11},   // QUESTIONABLE: erector spinae as a prime mover of the hinges
              },
              {
                  {"biceps_femoris_long_head", 18, 18},  // crosses hip and knee: prime mover of both
                  {"biceps_femoris_short_head", 7, 7},   // knee only: the leg curls' 7 sets, not the hinges'
                  {"gastrocnemius_medial_head", 3.5, 0},
              },
              31,
              18});
}

TEST_CASE("the quad routine's analysis") {
  check_pins({seed_routines::quad_routine,
              {
                  // 15 sets of knee extension in one session: leg extension 3, deep squat 3, pulse
                  // squat's double pyramid 7, the leg press strip set 1, the lunge 1.
                  "warning session_volume_high [] [vastus_lateralis] []",
                  "warning uncovered_group [calves] [] []",
                  "info uncovered_group [deep_external_rotators shin peroneals lower_back] [] []",
                  "warning uncovered_action [hamstrings] [] [knee_flexion]",
                  "warning uncovered_action [glutes] [] [hip_abduction hip_external_rotation]",
                  "warning imbalance [] [] [knee_flexion knee_extension]",
                  // Posterior chain 12 to anterior 15: the finding names the posterior muscles.
                  "warning imbalance [] [gluteus_maximus gluteus_medius gluteus_minimus biceps_femoris_long_head "
                  "biceps_femoris_short_head semitendinosus semimembranosus piriformis obturator_internus "
                  "obturator_externus gemellus_superior gemellus_inferior quadratus_femoris gastrocnemius_medial_head "
                  "gastrocnemius_lateral_head soleus plantaris popliteus tibialis_posterior flexor_digitorum_longus "
                  "flexor_hallucis_longus erector_spinae] []",
                  "info frequency_low [quadriceps] [] []",
                  // QUESTIONABLE: hamstrings get 6 indirect sets and no direct one; the rule says
                  // "loaded directly in 0 sessions a week", where "not trained directly" is meant.
                  "info frequency_low [hamstrings] [] []",
                  "info frequency_low [glutes] [] []",
              },
              {
                  {"quadriceps", 15, 15},
                  {"hamstrings", 6, 0},  // they assist the squats and the lunge at the hip
                  {"glutes", 12, 12},   // every squat and lunge set extends the hip: 15 less the 3 leg extensions
                  {"adductors", 6, 0},  // adductor magnus's hamstring part: indirect
                  {"abductors", 6, 0},
                  {"hip_flexors", 7.5, 0},  // rectus femoris in the squats and leg extensions: indirect
              },
              {
                  {"vastus_lateralis", 15, 15},
                  {"rectus_femoris", 9, 3},  // prime mover of the leg extension only; assists the squats
              },
              -1,  // "leg press feet low strip from 5RM": a strip set's reps are not known
              15});
}

TEST_CASE("the calf routine's analysis") {
  check_pins({seed_routines::calf_routine,
              {
                  // Soleus is a prime mover of all 9 sets: standing and seated raises, the tiptoe walk.
                  "warning session_volume_high [] [soleus] []",
                  "warning uncovered_group [quadriceps] [] []",
                  "warning uncovered_group [hamstrings] [] []",
                  "warning uncovered_group [glutes] [] []",
                  "info uncovered_group [adductors abductors hip_flexors deep_external_rotators shin lower_back] [] []",
                  "info frequency_low [calves] [] []",
              },
              {
                  {"calves", 9, 9},        // 9 sets in the model's 6-12 range: no volume finding
                  {"peroneals", 4.5, 0},   // weak plantar flexors: synergists of 9 sets
              },
              {
                  {"soleus", 9, 9},
                  // Gastrocnemius crosses the knee: slack with it bent, so the seated raise
                  // (3 sets) is not its; it assists at 0.5.
                  {"gastrocnemius_medial_head", 7.5, 6},
              },
              21,
              9});
}

TEST_CASE("the balanced leg workout's analysis") {
  check_pins({seed_routines::balanced_leg_workout,
              {
                  // Calf raise 4 sets direct, the leg curl's gastrocnemius 3 x 0.5: 5.5 < 6.
                  "warning volume_low [calves] [] []",
                  "warning session_volume_high [] [gluteus_maximus] []",
                  "info uncovered_group [deep_external_rotators shin] [] []",
                  "warning uncovered_action [glutes] [] [hip_abduction hip_external_rotation]",
                  // The standing calf raise only: no bent-knee work for soleus.
                  "warning calf_knee_position [calves] [soleus] [ankle_plantar_flexion]",
                  // The curl's 3 to knee extension's 13 (squat, lunge, leg press): 0.23 < 0.6.
                  "warning imbalance [] [] [knee_flexion knee_extension]",
                  // Squat then deadlift.
                  "warning order [] [] []",
                  "info frequency_low [quadriceps] [] []",
                  "info frequency_low [hamstrings] [] []",
                  "info frequency_low [glutes] [] []",
                  "info frequency_low [calves] [] []",
              },
              {
                  // The warm-up and cool-down count nothing: main work only.
                  {"quadriceps", 13, 11},  // squat 4, lunge 3, leg press 4; the deadlift assists (4 x 0.5)
                  {"hamstrings", 12.5, 7},  // deadlift 4, curl 3; squat, lunge, leg press assist
                  {"glutes", 15, 15},
                  {"calves", 5.5, 4},
                  {"adductors", 9, 0},  // adductor magnus's hamstring part: indirect
                  {"abductors", 7.5, 0},
                  {"hip_flexors", 9, 0},
                  {"peroneals", 2, 0},
                  {"lower_back", 4, 4},  // QUESTIONABLE: the deadlift's erector spinae as a prime mover
              },
              {
                  {"gluteus_maximus", 15, 15},
                  {"rectus_femoris", 7.5, 0},  // never a prime mover of a squat or a leg press
                  {"biceps_femoris_short_head", 3, 3},  // the curl only
                  {"soleus", 4, 4},
              },
              93,  // warm-up and cool-down included; the main work is the article's 60-75
              22});
}

TEST_CASE("the king of workouts' analysis") {
  check_pins({seed_routines::king_of_workouts,
              {
                  "warning volume_low [calves] [] []",  // calf raise 3 sets < 6
                  "warning session_volume_high [] [gluteus_maximus] []",
                  "info uncovered_group [deep_external_rotators shin] [] []",
                  // No leg curl: the RDL loads the hamstrings at the hip only.
                  "warning uncovered_action [hamstrings] [] [knee_flexion]",
                  "warning uncovered_action [glutes] [] [hip_abduction hip_external_rotation]",
                  "warning calf_knee_position [calves] [soleus] [ankle_plantar_flexion]",
                  "warning imbalance [] [] [knee_flexion knee_extension]",
                  // Barbell squat then RDL, as the article pairs them.
                  "warning order [] [] []",
                  "info frequency_low [quadriceps] [] []",
                  "info frequency_low [hamstrings] [] []",
                  "info frequency_low [glutes] [] []",
                  "info frequency_low [calves] [] []",
              },
              {
                  {"quadriceps", 10, 10},  // squat 4, leg press 3, walking lunges 3
                  {"hamstrings", 9, 4},    // RDL 4 direct; the squat, press and lunges assist
                  {"glutes", 14, 14},
                  {"calves", 3, 3},
                  {"adductors", 7, 0},  // adductor magnus's hamstring part: indirect
                  {"abductors", 7, 0},
                  {"hip_flexors", 5, 0},
                  {"peroneals", 1.5, 0},
                  {"lower_back", 4, 4},  // QUESTIONABLE: the RDL's erector spinae as a prime mover
              },
              {
                  {"gluteus_maximus", 14, 14},
                  {"vastus_lateralis", 10, 10},
                  {"biceps_femoris_long_head", 9, 4},
              },
              34,
              17});
}

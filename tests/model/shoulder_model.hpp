// A shoulder as data, declared with sinew's public extension points only (no
// sinew header edited, nothing from sinew::detail): its own joint complexes
// (the shoulder: glenohumeral and scapulothoracic joints; the elbow), their
// actions in antagonist pairs, two muscles with their anatomy, a derivation
// rule of the model's own, and two exercises (one compound, one isolation).
//
// The muscles, as the anatomy texts give them (Moore, Dalley & Agur,
// "Clinically Oriented Anatomy", the tables of the shoulder and arm muscles;
// Gray's Anatomy agrees):
//   - the anterior (clavicular) part of the deltoid arises from the lateral
//     third of the clavicle and inserts on the deltoid tuberosity of the
//     humerus; it crosses the glenohumeral joint only. It flexes the arm and
//     draws it across the chest (horizontal adduction, with the clavicular
//     pectoralis major) as a prime mover, and assists medial (internal)
//     rotation and abduction.
//   - the long head of the triceps brachii arises from the infraglenoid
//     tubercle of the scapula and inserts, with the other heads, on the
//     olecranon of the ulna; it crosses the glenohumeral joint and the elbow.
//     It extends the elbow as a prime mover and assists extension and
//     adduction of the arm at the shoulder.
// No architecture figures are given (none are in sinew's literature tables
// for these muscles), so the derivation weighs both by default_pcsa_cm2:
// equal sizes, which keeps the emphases below derivable by hand.
#pragma once

#include <sinew/anatomy.hpp>
#include <sinew/exercises.hpp>

namespace shoulder {
using namespace sinew;

// --- joint complexes and joints ----------------------------------------------------
inline constexpr joint_complex shoulder_complex{"shoulder"};
inline constexpr joint_complex elbow_complex{"elbow"};

inline constexpr struct glenohumeral final : joint<"glenohumeral", shoulder_complex, 3> {} glenohumeral;
inline constexpr struct scapulothoracic final : joint<"scapulothoracic", shoulder_complex, 3> {} scapulothoracic;
/// The humeroulnar joint: flexion and extension of the elbow.
inline constexpr struct elbow final : joint<"elbow", elbow_complex, 1> {} elbow;

// --- actions, in antagonist pairs -----------------------------------------------------
inline constexpr struct shoulder_flexion final : action<"shoulder_flexion", glenohumeral, motion::flexion> {} shoulder_flexion;
inline constexpr struct shoulder_extension final : action<"shoulder_extension", glenohumeral, motion::extension> {} shoulder_extension;
inline constexpr struct shoulder_abduction final : action<"shoulder_abduction", glenohumeral, motion::abduction> {} shoulder_abduction;
inline constexpr struct shoulder_adduction final : action<"shoulder_adduction", glenohumeral, motion::adduction> {} shoulder_adduction;
inline constexpr struct shoulder_horizontal_abduction final
    : action<"shoulder_horizontal_abduction", glenohumeral, motion::horizontal_abduction> {} shoulder_horizontal_abduction;
inline constexpr struct shoulder_horizontal_adduction final
    : action<"shoulder_horizontal_adduction", glenohumeral, motion::horizontal_adduction> {} shoulder_horizontal_adduction;
inline constexpr struct shoulder_internal_rotation final
    : action<"shoulder_internal_rotation", glenohumeral, motion::internal_rotation> {} shoulder_internal_rotation;
inline constexpr struct shoulder_external_rotation final
    : action<"shoulder_external_rotation", glenohumeral, motion::external_rotation> {} shoulder_external_rotation;
inline constexpr struct scapular_protraction final : action<"scapular_protraction", scapulothoracic, motion::protraction> {} scapular_protraction;
inline constexpr struct scapular_retraction final : action<"scapular_retraction", scapulothoracic, motion::retraction> {} scapular_retraction;
inline constexpr struct scapular_upward_rotation final
    : action<"scapular_upward_rotation", scapulothoracic, motion::upward_rotation> {} scapular_upward_rotation;
inline constexpr struct scapular_downward_rotation final
    : action<"scapular_downward_rotation", scapulothoracic, motion::downward_rotation> {} scapular_downward_rotation;
inline constexpr struct elbow_flexion final : action<"elbow_flexion", elbow, motion::flexion> {} elbow_flexion;
inline constexpr struct elbow_extension final : action<"elbow_extension", elbow, motion::extension> {} elbow_extension;

// --- groups and muscles ---------------------------------------------------------------
inline constexpr struct deltoids final : group<"deltoids", chain::anterior> {} deltoids;
inline constexpr struct triceps final : group<"triceps", chain::posterior> {} triceps;

inline constexpr struct anterior_deltoid final
    : muscle<"anterior_deltoid", in<deltoids>, crosses<glenohumeral>, primary<shoulder_flexion>,
             primary<shoulder_horizontal_adduction>, secondary<shoulder_internal_rotation>, secondary<shoulder_abduction>> {
  static constexpr muscle_figures figures{{{}, "none in sinew's tables", {}}, {}};
} anterior_deltoid;

inline constexpr struct triceps_long_head final
    : muscle<"triceps_long_head", in<triceps>, crosses<glenohumeral, elbow>, primary<elbow_extension>,
             secondary<shoulder_extension>, secondary<shoulder_adduction>> {
  static constexpr muscle_figures figures{{{}, "none in sinew's tables", {}}, {}};
} triceps_long_head;

/// The shoulder on its own: a model of its own, with no derivation rules.
using model = anatomy_model<joint_list<glenohumeral, scapulothoracic, elbow>::types,
                            action_list<shoulder_flexion, shoulder_extension, shoulder_abduction, shoulder_adduction,
                                        shoulder_horizontal_abduction, shoulder_horizontal_adduction,
                                        shoulder_internal_rotation, shoulder_external_rotation, scapular_protraction,
                                        scapular_retraction, scapular_upward_rotation, scapular_downward_rotation,
                                        elbow_flexion, elbow_extension>::types,
                            group_list<deltoids, triceps>::types, muscle_list<anterior_deltoid, triceps_long_head>::types>;

/// The same model with one rule of its own (an extension of it, so that `model`
/// keeps none): a wide grip on a press abducts the arm, which then works as an
/// assisting action. Written for these tests; it is the shape of rule a coach
/// states ("a wide grip flares the elbows").
using with_grip_rule = extend_model<model>;

// --- exercises --------------------------------------------------------------------------
/// Compound: the arm moves across the chest at the shoulder while the elbow
/// extends (two complexes, shoulder and elbow); the scapulae are held retracted.
inline constexpr struct close_grip_bench_press final
    : exercise<"close_grip_bench_press",
               exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic,
                             .loads = {model::id(shoulder_horizontal_adduction), model::id(elbow_extension)},
                             .stabilizes = {model::id(scapular_retraction)},
                             .equipment = {equipment::barbell},
                             .pattern = movement_pattern::press},
               model> {} close_grip_bench_press;

/// Isolation: the arm flexes at the shoulder, the elbow held straight.
inline constexpr struct front_raise final
    : exercise<"front_raise",
               exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic,
                             .loads = {model::id(shoulder_flexion)},
                             .held_toward = {model::id(elbow_extension)},
                             .equipment = {equipment::dumbbell},
                             .pattern = movement_pattern::raise},
               model> {} front_raise;

inline constexpr exercise_record catalog[] = {close_grip_bench_press.record(), front_raise.record()};

}  // namespace shoulder

inline constexpr sinew::derivation_rule shoulder_grip_rows[] = {
    {"wide_grip_abducts_the_arm",
     sinew::rule_condition{.stance = {sinew::stance::wide}, .patterns = {sinew::movement_pattern::press}},
     sinew::rule_effect::adds_assisting, sinew::action_set{shoulder::model::id(shoulder::shoulder_abduction)}, 1.0,
     sinew::reason::model_rule, true, "a wide grip on a press abducts the arm", nullptr},
};

template <>
struct sinew::model_derivation_rules<shoulder::with_grip_rule> {
  static constexpr sinew::span<const sinew::derivation_rule> rows{shoulder_grip_rows};
};

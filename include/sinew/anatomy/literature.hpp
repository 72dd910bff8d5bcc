// The literature the built-in muscles' figures come from, and the helpers their
// declarations (anatomy/muscles/*.hpp) state them with: each muscle carries its
// own `figures`, each value with its source. Taken from published tables:
//
// Architecture: optimal fibre length, PCSA and pennation from Arnold, Ward,
// Lieber & Delp 2010 (Ann Biomed Eng 38:269-279, Table 1, itself built on the
// cadaver measurements of Ward, Eng, Smallwood & Lieber 2009, Clin Orthop Relat
// Res 467:1074-1082); volumes from Handsfield, Meyer, Hart, Abel & Blemker 2014
// (J Biomech 47:631-638, MRI of young adults). Where Arnold splits a muscle into
// compartments (gluteus maximus, medius, minimus, adductor magnus) sinew gives
// the mean of the compartments' fibre lengths and pennation and the whole
// muscle's PCSA and volume.
//
// Fibre types: a single histochemical study where the shared data has one
// (Edgerton, Smith & Simpson 1975, Histochem J 7:259; Johnson, Polgar, Weightman
// & Appleton 1973, J Neurol Sci 18:111; Lexell, Henriksson-Larsen & Sjostrom
// 1983, Acta Physiol Scand 117:115); otherwise the literature average used for
// the OpenSim Gait2392 model (Uchida et al. 2016), which is a modelling value,
// not one study. Padron (sinew/sources.hpp) calls the hamstrings "fast twitch
// dominant"; those averages (42-54 % type I) put them at mixed to slightly fast,
// and sinew keeps the numbers.
#pragma once

#include <sinew/text_view.hpp>

#include <sinew/anatomy/figures.hpp>

namespace sinew::literature {

inline constexpr text_view arnold_2010 =
    "Arnold EM, Ward SR, Lieber RL, Delp SL (2010) Ann Biomed Eng 38:269-279, Table 1; "
    "volume: Handsfield GG et al. (2014) J Biomech 47:631-638";
inline constexpr text_view uchida_2016 =
    "Uchida TK et al. (2016), slow-twitch ratios of the OpenSim Gait2392 model (literature average)";
inline constexpr text_view edgerton_1975 =
    "Edgerton VR, Smith JL, Simpson DR (1975) Histochem J 7:259-266 (autopsy, ATPase)";
inline constexpr text_view johnson_1973 =
    "Johnson MA, Polgar J, Weightman D, Appleton D (1973) J Neurol Sci 18:111-129 (autopsy)";
inline constexpr text_view lexell_1983 =
    "Lexell J, Henriksson-Larsen K, Sjostrom M (1983) Acta Physiol Scand 117:115-122 (whole-muscle sections)";

/// A figure the source does not give.
// Biomechanics the exercises layer's derivation rules and corrections cite.
inline constexpr text_view bryanton_2012 =
    "Bryanton MA, Kennedy MD, Carey JP, Chiu LZF (2012) Effect of squat depth and barbell load on relative "
    "muscular effort in squatting. J Strength Cond Res 26(10):2820-2828";
inline constexpr text_view hamner_2010 =
    "Hamner SR, Seth A, Delp SL (2010) Muscle contributions to propulsion and support during running. "
    "J Biomech 43(14):2709-2716";
inline constexpr text_view mcbride_2010 =
    "McBride JM, Skinner JW, Schafer PC, Haines TL, Kirby TJ (2010) Comparison of kinetic variables and muscle "
    "activity during a squat vs. a box squat. J Strength Cond Res 24(12):3195-3199";
inline constexpr text_view cholewicki_1991 =
    "Cholewicki J, McGill SM, Norman RW (1991) Lumbar spine loads during the lifting of extremely heavy weights. "
    "Med Sci Sports Exerc 23(10):1179-1186";
inline constexpr text_view pandy_1991 =
    "Pandy MG, Zajac FE (1991) Optimal muscular coordination strategies for jumping. J Biomech 24(1):1-10";
inline constexpr text_view escamilla_2002 =
    "Escamilla RF, Francisco AC, Kayes AV, Speer KP, Moorman CT (2002) An electromyographic analysis of sumo and "
    "conventional style deadlifts. Med Sci Sports Exerc 34(4):682-688";

inline constexpr double unknown = -1.0;

/// Architecture as Arnold et al. 2010 tabulate it (volume from Handsfield et al. 2014).
constexpr architecture_figures arnold(double fiber_cm, double pcsa_cm2, double pennation_deg, double volume_cm3,
                                      text_view note = {}) noexcept {
  return {{fiber_cm}, {pcsa_cm2}, {pennation_deg}, {volume_cm3}, arnold_2010, note};
}
/// A share of type I fibres and the study (or average) it comes from.
constexpr fiber_type_figures fibers(double type_i, text_view source, text_view note = {}) noexcept {
  return {{type_i}, source, note};
}
/// No fibre-type study of this muscle in the literature above.
inline constexpr fiber_type_figures no_fibre_typing{};
/// Neither figure: a muscle the sources above do not measure says so explicitly.
inline constexpr muscle_figures not_measured{};

}  // namespace sinew::literature

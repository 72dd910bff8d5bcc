// Published figures for the built-in muscles, from the tables in the project's
// shared data (architecture.csv, fiber_types.csv), each value with its source.
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

#include <sinew/detail/array.hpp>
#include <sinew/text_view.hpp>

#include <sinew/anatomy/figures.hpp>

namespace sinew::detail {

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

struct figures_record {
  text_view muscle;
  muscle_figures figures;
};

constexpr architecture_figures arnold(double fiber_cm, double pcsa_cm2, double pennation_deg, double volume_cm3,
                                      text_view note = {}) noexcept {
  return {{fiber_cm}, {pcsa_cm2}, {pennation_deg}, {volume_cm3}, arnold_2010, note};
}
constexpr fiber_type_figures fibers(double type_i, text_view source, text_view note = {}) noexcept {
  return {{type_i}, source, note};
}
inline constexpr double unknown = -1.0;

// clang-format off
inline constexpr detail::array builtin_figures{
  figures_record{"gluteus_maximus", {fibers(55.0, uchida_2016),
      arnold(15.7, 30.4, 21.9, 849.0, "mean of Arnold's three compartments (14.7/15.7/16.7 cm)")}},
  figures_record{"gluteus_medius", {fibers(55.0, uchida_2016), arnold(7.3, 36.1, 20.5, 323.2)}},
  figures_record{"gluteus_minimus", {fibers(55.0, uchida_2016),
      arnold(5.4, unknown, 3.7, 104.5, "mean of three compartments; parameters from other literature than Ward 2009")}},
  figures_record{"tensor_fasciae_latae", {{}, arnold(9.5, unknown, 3.0, 64.9, "parameters from other literature than Ward 2009")}},
  figures_record{"iliacus", {fibers(50.0, uchida_2016), arnold(10.7, 10.2, 14.3, 176.8)}},
  figures_record{"psoas_major", {fibers(50.0, uchida_2016), arnold(11.7, 7.9, 10.7, 274.8)}},
  figures_record{"sartorius", {{}, arnold(40.3, 1.9, 1.3, 163.7)}},
  figures_record{"rectus_femoris", {fibers(38.65, uchida_2016), arnold(7.6, 13.9, 13.9, 269.0)}},
  figures_record{"vastus_lateralis", {fibers(52.0, lexell_1983, "44-57 % across subjects; Edgerton 1975 reports about 32 %"),
      arnold(9.9, 37.0, 18.4, 830.9)}},
  figures_record{"vastus_medialis", {fibers(50.3, uchida_2016), arnold(9.7, 23.7, 29.6, 423.6)}},
  figures_record{"vastus_intermedius", {fibers(47.0, edgerton_1975), arnold(9.9, 16.8, 4.5, 270.5)}},
  figures_record{"biceps_femoris_long_head", {fibers(54.25, uchida_2016), arnold(9.8, 11.6, 11.6, 206.5)}},
  figures_record{"biceps_femoris_short_head", {fibers(52.9, uchida_2016), arnold(11.0, 5.2, 12.3, 100.1)}},
  figures_record{"semitendinosus", {fibers(42.5, uchida_2016), arnold(19.3, 4.9, 12.9, 186.0)}},
  figures_record{"semimembranosus", {fibers(49.25, uchida_2016), arnold(6.9, 19.1, 15.1, 245.4)}},
  figures_record{"adductor_longus", {{}, arnold(10.8, 6.5, 7.1, 162.1)}},
  figures_record{"adductor_brevis", {{}, arnold(10.3, 5.0, 6.1, 104.0)}},
  figures_record{"adductor_magnus_adductor_part", {fibers(53.5, johnson_1973, "whole muscle, surface sample (43-74 %); deep sample 63.3 %"),
      arnold(14.0, unknown, 16.9, unknown, "mean of Arnold's proximal, middle and distal compartments; whole adductor magnus: PCSA 21.3 cm2, volume 559.8 cm3")}},
  figures_record{"adductor_magnus_hamstring_part", {fibers(53.5, johnson_1973, "whole muscle, surface sample (43-74 %); deep sample 63.3 %"),
      arnold(15.6, unknown, 11.9, unknown, "Arnold's ischial compartment; whole adductor magnus: PCSA 21.3 cm2, volume 559.8 cm3")}},
  figures_record{"gracilis", {{}, arnold(22.8, 2.3, 8.2, 104.0)}},
  figures_record{"pectineus", {{}, arnold(13.3, unknown, 0.0, 66.3, "parameters from other literature than Ward 2009")}},
  figures_record{"piriformis", {{}, arnold(2.6, unknown, 10.0, 42.8, "parameters from other literature than Ward 2009")}},
  figures_record{"gemellus_superior", {{}, arnold(2.4, unknown, 0.0, unknown, "Arnold models both gemelli as one; combined volume 16.1 cm3")}},
  figures_record{"gemellus_inferior", {{}, arnold(2.4, unknown, 0.0, unknown, "Arnold models both gemelli as one; combined volume 16.1 cm3")}},
  figures_record{"quadratus_femoris", {{}, arnold(5.4, unknown, 0.0, 32.4, "parameters from other literature than Ward 2009")}},
  figures_record{"gastrocnemius_medial_head", {fibers(56.6, uchida_2016, "Edgerton 1975: about 50 % for the whole gastrocnemius"),
      arnold(5.1, 21.4, 9.9, 257.4)}},
  figures_record{"gastrocnemius_lateral_head", {fibers(50.7, uchida_2016, "Edgerton 1975: about 50 % for the whole gastrocnemius"),
      arnold(5.9, 9.9, 12.0, 150.0)}},
  figures_record{"soleus", {fibers(70.0, edgerton_1975, "32 subjects; published range 60-100 %; OpenSim average 80.3 %"),
      arnold(4.4, 58.8, 28.3, 438.2)}},
  figures_record{"tibialis_anterior", {fibers(70.0, uchida_2016), arnold(6.8, 11.0, 9.6, 135.2)}},
  figures_record{"tibialis_posterior", {fibers(60.0, uchida_2016), arnold(3.8, 14.8, 13.7, 104.8)}},
  figures_record{"extensor_digitorum_longus", {fibers(75.0, uchida_2016), arnold(6.9, 5.7, 10.8, unknown)}},
  figures_record{"extensor_hallucis_longus", {fibers(75.0, uchida_2016), arnold(7.5, 2.7, 9.4, unknown)}},
  figures_record{"flexor_digitorum_longus", {fibers(60.0, uchida_2016), arnold(4.5, 4.5, 13.6, 30.0)}},
  figures_record{"flexor_hallucis_longus", {fibers(60.0, uchida_2016), arnold(5.3, 7.2, 16.9, 78.8)}},
  figures_record{"peroneus_longus", {fibers(60.0, uchida_2016), arnold(5.1, 10.7, 14.1, unknown)}},
  figures_record{"peroneus_brevis", {fibers(60.0, uchida_2016), arnold(4.5, 5.0, 11.5, unknown)}},
  figures_record{"peroneus_tertius", {fibers(75.0, uchida_2016), arnold(7.9, unknown, 13.0, unknown, "parameters from other literature than Ward 2009")}},
};
// clang-format on

constexpr muscle_figures builtin_figures_for(text_view muscle) noexcept {
  for (const auto& r : builtin_figures)
    if (r.muscle == muscle) return r.figures;
  return {};
}

}  // namespace sinew::detail

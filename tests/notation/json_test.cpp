// The opt-in JSON of a parsed line: stable snake_case fields (a public
// interface of `sinew parse --json`), escaped names, nulls for what is unstated.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include <sinew/notation.hpp>
#include <sinew/notation/json.hpp>

TEST_CASE("json of a scheme line names every field") {
  const auto b = sinew::parse("3x10-12/leg @62.5kg @30X1 rest 90s");
  REQUIRE(b);
  const std::string j = sinew::json::to_json(*b);
  CHECK(j.rfind("{\"canonical\":\"3x10-12/leg @62.5kg @30X1 rest 90s\",\"role\":\"none\",\"length\":null,\"content\":\"scheme\"", 0) == 0);
  CHECK(j.find("\"type\":\"straight\"") != std::string::npos);
  CHECK(j.find("\"quantity\":{\"kind\":\"reps\",\"min\":10,\"max\":12,\"unit\":null,\"side\":\"per_leg\"}") != std::string::npos);
  CHECK(j.find("\"load\":{\"kind\":\"kg\",\"amount\":62.5}") != std::string::npos);
  CHECK(j.find("\"tempo\":\"30X1\"") != std::string::npos);
  CHECK(j.find("\"rest\":{\"amount\":90,\"unit\":\"s\",\"seconds\":90}") != std::string::npos);
  CHECK(j.find("\"figures\":{\"total_sets\":3,\"total_reps\":{\"min\":60,\"max\":72},\"reps_per_side\":{\"min\":30,\"max\":36}") != std::string::npos);
  CHECK(j.find("\"volume_load\":{\"min\":3750,\"max\":4500,\"unit\":\"kg\"}") != std::string::npos);
}

TEST_CASE("json of a grouping escapes exercise names") {
  // A name holds no '"' (it delimits a quoted name), but may hold a backslash.
  const auto b = sinew::parse("superset: A pulse\\squat 3x10; B lunge 3x12/leg; rest 2min");
  REQUIRE(b);
  const std::string j = sinew::json::to_json(*b);
  CHECK(j.find("\"content\":\"grouping\",\"value\":{\"type\":\"superset\",\"entries\":[{\"exercise\":\"pulse\\\\squat\"") != std::string::npos);
  CHECK(j.find("\"rest_between_exercises\":null,\"rest_between_rounds\":{\"amount\":2,\"unit\":\"min\",\"seconds\":120}") != std::string::npos);
  // A quoted name is the text between its quotes; the canonical text quotes
  // only a name that would not read back bare.
  const auto q = sinew::parse("superset: A \"pulse squat\" 3x10; B \"warm-up\" ramp 10,8,5");
  REQUIRE(q);
  const std::string jq = sinew::json::to_json(*q);
  CHECK(jq.find("{\"exercise\":\"pulse squat\"") != std::string::npos);
  CHECK(jq.find("{\"exercise\":\"warm-up\"") != std::string::npos);
  CHECK(jq.find("\"canonical\":\"superset: A pulse squat 3x10; B \\\"warm-up\\\" ramp 10,8,5\"") != std::string::npos);
}

TEST_CASE("json of a block with a length") {
  const std::string j = sinew::json::to_json(*sinew::parse("warm-up 10-15min"));
  CHECK(j == "{\"canonical\":\"warm-up 10-15min\",\"role\":\"warm_up\",\"length\":{\"min\":10,\"max\":15,\"unit\":\"min\"},"
             "\"content\":\"none\",\"value\":null,\"figures\":{\"total_sets\":0,\"total_reps\":null,\"reps_per_side\":null,"
             "\"time_under_tension_seconds\":null,\"duration_seconds\":{\"min\":600,\"max\":900},\"volume_load\":null,\"over_the_limit\":[]}}");
}

TEST_CASE("json of figures too large to give: null, and named in over_the_limit") {
  // Past 2^32 the figures are exact (99x9999 @6553.5kg once wrapped to 44865259.5 kg).
  const std::string big = sinew::json::to_json(*sinew::parse("99x9999 @6553.5kg"));
  CHECK(big.find("\"volume_load\":{\"min\":6487316203.5,\"max\":6487316203.5,\"unit\":\"kg\"},\"over_the_limit\":[]") !=
        std::string::npos);
  // Past 2^64 (only reachable with custom defaults): null, and the field named.
  sinew::figures f;
  f.total_sets = 3;
  f.total_reps = sinew::figure::over_limit();
  f.time_under_tension = sinew::figure::over_limit();
  f.duration = sinew::figure::unknown();
  f.volume_load = sinew::figure::over_limit();
  f.volume_unit = sinew::load_kind::kg;
  CHECK(sinew::json::to_json(f) ==
        "{\"total_sets\":3,\"total_reps\":null,\"reps_per_side\":null,\"time_under_tension_seconds\":null,"
        "\"duration_seconds\":null,\"volume_load\":null,\"over_the_limit\":[\"total_reps\",\"time_under_tension_seconds\","
        "\"volume_load\"]}");
  // Past 2^53 - 1 a JSON reader's double no longer holds every integer: over the limit too.
  const std::uint64_t most = (std::uint64_t{1} << 53) - 1;
  sinew::figures edge;
  edge.reps_per_side = sinew::figure::exactly(most);
  edge.duration = sinew::figure::between(most, most + 1);
  CHECK(sinew::json::to_json(edge) ==
        "{\"total_sets\":0,\"total_reps\":null,\"reps_per_side\":{\"min\":9007199254740991,\"max\":9007199254740991},"
        "\"time_under_tension_seconds\":null,\"duration_seconds\":null,\"volume_load\":null,"
        "\"over_the_limit\":[\"duration_seconds\"]}");
}

TEST_CASE("json of the forms public programs write: a load per set, a last set AMAP, a per-leg list, drops as loads, bodyweight plus load, intervals") {
  const auto field = [](const char* line) {
    const auto b = sinew::parse(line);
    REQUIRE(b);
    return sinew::json::to_json(*b);
  };
  const std::string wave = field("5,3,1+ @75,85,95%");
  CHECK(wave.find("\"type\":\"pyramid\"") != std::string::npos);
  CHECK(wave.find("\"load\":{\"kind\":\"percent_1rm\",\"amount\":null},\"set_loads\":[75,85,95],\"last_set_amap\":true") != std::string::npos);
  CHECK(wave.find("\"total_reps\":null") != std::string::npos);  // the last set's reps are open
  const std::string plain = field("3x10");
  CHECK(plain.find("\"set_loads\":[],\"last_set_amap\":false,\"listed_side\":\"both\",\"drop_loads\":null,\"interval\":null") != std::string::npos);
  const std::string legs = field("pyramid 12,10,8/leg @60,70,80kg");
  CHECK(legs.find("\"listed_side\":\"per_leg\"") != std::string::npos);
  CHECK(legs.find("\"total_reps\":{\"min\":60,\"max\":60},\"reps_per_side\":{\"min\":30,\"max\":30}") != std::string::npos);
  // each set's reps, both legs, times its own load: 24 x 60 + 20 x 70 + 16 x 80 kg
  CHECK(legs.find("\"volume_load\":{\"min\":4120,\"max\":4120,\"unit\":\"kg\"}") != std::string::npos);
  const std::string drops = field("4x8 @80kg + drops 60,45,30kg");
  CHECK(drops.find("\"drops\":3,\"drop_percent\":0") != std::string::npos);
  CHECK(drops.find("\"drop_loads\":{\"unit\":\"kg\",\"amounts\":[60,45,30]}") != std::string::npos);
  CHECK(field("3x10 @bw+22.5kg").find("\"load\":{\"kind\":\"bodyweight_plus_kg\",\"amount\":22.5}") != std::string::npos);
  const std::string emom = field("E2MOM 20min: 3 @80%");
  CHECK(emom.find("\"type\":\"interval\",\"canonical\":\"every 2min for 20min: 3 @80%\",\"sets\":10") != std::string::npos);
  CHECK(emom.find("\"quantity\":{\"kind\":\"reps\",\"min\":3,\"max\":3") != std::string::npos);
  CHECK(emom.find("\"interval\":{\"every\":{\"amount\":2,\"unit\":\"min\",\"seconds\":120},\"total\":{\"amount\":20,\"unit\":\"min\",\"seconds\":1200}}") !=
        std::string::npos);
  CHECK(emom.find("\"duration_seconds\":{\"min\":1200,\"max\":1200}") != std::string::npos);
}

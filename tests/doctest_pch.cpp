// The target that owns the tests' precompiled header (SINEW_PRECOMPILE_TESTS in
// tests/CMakeLists.txt): CMake builds a precompiled header only for a target with
// a source; the header itself is doctest_printers.hpp.

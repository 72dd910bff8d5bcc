// The one `main` shared by every doctest executable (sinew_add_doctest), so
// that doctest's implementation is compiled once per build, not once per test.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

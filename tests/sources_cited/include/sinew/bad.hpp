// Each line from line 4 on breaks one rule of cmake/check_sources_cited.cmake
// (docs.sources_cited_catches_each_rule expects every one reported). Lines 1-3
// and the last line break none: tissue, [brackets]; semicolons.
// toes out adds hip external rotation (seed 003)
// the seed articles say so
// read ../shared/seeds/ first
// 003_d298931b0b122218.txt
// loaded spine (000, 002)
// domain.md section 2
// as issue #7 asks
#include "sinew/sinew.hpp"
#include "local.hpp"
int fine;

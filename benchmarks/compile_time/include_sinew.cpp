// compile_time.sh: the cost of including all of sinew (the umbrella header).
#include <sinew/sinew.hpp>

// compile_time.sh: the cost of one standard header, named on the command line
// (-DSINEW_STD_HEADER="<iostream>"); with no header it measures the compiler's
// start-up cost, the floor under every other figure.
#ifdef SINEW_STD_HEADER
#include SINEW_STD_HEADER
#endif

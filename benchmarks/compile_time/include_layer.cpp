// compile_time.sh: the cost of one layer's header and the layers below it, named on
// the command line (-DSINEW_LAYER_HEADER="<sinew/exercises.hpp>"): what an app that
// needs only that layer pays, against the umbrella header's every layer.
#include SINEW_LAYER_HEADER

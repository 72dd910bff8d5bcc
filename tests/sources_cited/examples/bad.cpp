// A tool source that reaches into the library's internals (the check must flag line 3).
#include <sinew/sinew.hpp>
auto names = sinew::detail::equipment_names;

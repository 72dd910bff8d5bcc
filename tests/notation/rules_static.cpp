// Every rule of the schemes layer and every expectation of the notation is
// stated once through the one mechanism (detail/compile_error.hpp): each has
// its enumerator's name and a sentence that starts with "sinew:", and no two
// share a sentence, which stop_on_message (the literals' compile errors)
// relies on to stop on the right line (building this file is the test).
#include <sinew/notation/messages.hpp>
#include <sinew/schemes/rules.hpp>

namespace {
using namespace sinew;

static_assert(DeclaredRule<rule> && DeclaredRule<expectation>);
static_assert(!DeclaredRule<int>);

static_assert(rule_name(rule::tempo_length) == "tempo_length");
static_assert(rule_message(rule::tempo_length) == rule_text(rule::tempo_length));
static_assert(rule_name(expectation::closing_quote) == "closing_quote");
static_assert(rule_error(rule::zero_sets, 4).position == 4 && rule_error(rule::zero_sets).message == rule_text(rule::zero_sets));
static_assert(!rule_error(expectation::end).has_position());

constexpr unsigned rule_count = static_cast<unsigned>(rule::number_too_large) + 1;
constexpr unsigned expectation_count = static_cast<unsigned>(expectation::end) + 1;

constexpr text_view sentence(unsigned i) {
  return i < rule_count ? rule_message(static_cast<rule>(i)) : rule_message(static_cast<expectation>(i - rule_count));
}
constexpr text_view name(unsigned i) {
  return i < rule_count ? rule_name(static_cast<rule>(i)) : rule_name(static_cast<expectation>(i - rule_count));
}

constexpr bool every_statement_whole() {
  for (unsigned i = 0; i != rule_count + expectation_count; ++i)
    if (name(i).empty() || !sentence(i).starts_with("sinew: ") || sentence(i).size() < 16) return false;
  return true;
}
static_assert(every_statement_whole());

constexpr bool sentences_distinct() {
  for (unsigned i = 0; i != rule_count + expectation_count; ++i)
    for (unsigned j = i + 1; j != rule_count + expectation_count; ++j)
      if (sentence(i) == sentence(j)) return false;
  return true;
}
static_assert(sentences_distinct());

// Past the last enumerator there is no statement: the enums and their
// statements end together.
static_assert(rule_name(static_cast<rule>(rule_count)).empty());
static_assert(rule_name(static_cast<expectation>(expectation_count)).empty());
}  // namespace

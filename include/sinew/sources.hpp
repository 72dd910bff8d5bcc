// The four coaching articles sinew's catalog, set schemes and derivation rules
// come from, each cited once here so that every text a user reads names the
// same, findable source: explain() reasons and the `sinew` tool read
// `citation(s)`; comments and docs cite an article by its `key` in parentheses,
// e.g. "(Padron)" or "(Legs That Actually Grow; King of Workouts)". Two of the
// articles name no author and one no title: it is cited by its opening words.
// The anatomy figures cite their papers (Ward et al. 2009, Arnold et al. 2010,
// ...) in anatomy/literature.hpp.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/text_view.hpp>

namespace sinew {

/// A coaching article sinew takes facts from.
enum class source : std::uint8_t {
  legs_that_grow,    ///< "Building Legs That Actually Grow: A Complete Anatomy Breakdown"
  balanced_legs,     ///< "Building Strong, Balanced Leg Muscles: A Comprehensive Guide"
  king_of_workouts,  ///< untitled, opens "Leg day is often referred to as the king of workouts"
  padron,            ///< Ian Padron, "Leg Training for Maximal Muscle Growth"
};

inline constexpr std::size_t source_count = 4;

/// What identifies an article. A field the article does not state is empty.
struct source_record {
  sinew::source id{};
  text_view author;     ///< as the article names it; empty when it names none
  text_view title;      ///< its title, or for an untitled article its opening words
  bool titled = true;   ///< false: `title` is the opening words, not a title
  text_view published;  ///< where it says it was published
  text_view key;        ///< the short name comments and docs cite it by
  text_view citation;   ///< the short citation printed to users
};

// clang-format off
inline constexpr source_record sources[source_count]{
    {source::legs_that_grow, "", "Building Legs That Actually Grow: A Complete Anatomy Breakdown", true, "",
     "Legs That Actually Grow", "\"Building Legs That Actually Grow\""},
    {source::balanced_legs, "", "Building Strong, Balanced Leg Muscles: A Comprehensive Guide", true, "",
     "Balanced Leg Muscles", "\"Building Strong, Balanced Leg Muscles\""},
    {source::king_of_workouts, "", "Leg day is often referred to as the king of workouts", false, "",
     "King of Workouts", "\"Leg day is often referred to as the king of workouts\" (untitled)"},
    {source::padron, "Ian Padron", "Leg Training for Maximal Muscle Growth", true, "DrJohnRusin.com",
     "Padron", "Padron, \"Leg Training for Maximal Muscle Growth\""},
};
// clang-format on
static_assert([] {
  for (std::size_t i = 0; i != source_count; ++i)
    if (static_cast<std::size_t>(sources[i].id) != i || sources[i].citation.empty() || sources[i].key.empty()) return false;
  return true;
}(), "sinew: the sources table lists each article once, in enum order, with a key and a citation");

/// The record of an article.
[[nodiscard]] constexpr const source_record& record_of(source s) noexcept {
  return sources[static_cast<std::size_t>(s)];
}

/// The short citation a user reads: `Padron, "Leg Training for Maximal Muscle Growth"`.
[[nodiscard]] constexpr text_view citation(source s) noexcept { return record_of(s).citation; }

}  // namespace sinew

// Compact run-time handles for anatomical entities. Every joint, action, group
// and muscle type has one: its position in the anatomy model that lists it.
// Built-in entities keep their ids in every model that extends the built-in
// one (extensions append), so a built-in tag converts to its id anywhere.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/id_set.hpp>
#include <sinew/detail/integer_limits.hpp>
#include <sinew/detail/traits.hpp>

namespace sinew {

namespace detail {
// Position of a built-in entity type in the built-in lower-body model; defined
// in anatomy/lower_body.hpp. Declared here so that ids convert from tags.
template <class T>
struct builtin_index;

struct entity_tag_base {};
}  // namespace detail

namespace detail {
struct joint_base : entity_tag_base {};
struct action_base : entity_tag_base {};
struct group_base : entity_tag_base {};
struct muscle_base : entity_tag_base {};

/// A strongly typed index. `TagBase` keeps the kinds apart (a muscle_id is not
/// an action_id) and lets a built-in tag convert to its id implicitly.
template <class Index, class TagBase>
struct basic_id {
  Index index = 0;

  constexpr basic_id() noexcept = default;
  constexpr explicit basic_id(Index i) noexcept : index(i) {}
  template <class Tag>
    requires __is_base_of(TagBase, Tag)
  constexpr basic_id(Tag) noexcept  // NOLINT(google-explicit-constructor): a built-in tag is its id
      : index(static_cast<Index>(builtin_index<Tag>::value)) {}

  // Spelled out rather than defaulted: g++ 12 rejects the defaulted form inside
  // the defaulted comparison of a struct holding an array of ids.
  friend constexpr bool operator==(const basic_id& a, const basic_id& b) noexcept { return a.index == b.index; }
  friend constexpr bool operator<(const basic_id& a, const basic_id& b) noexcept { return a.index < b.index; }
};
}  // namespace detail

namespace detail {
/// The largest value of an id type: past every capacity (max_joints, ...), so
/// no model has it. The empty answers for a foreign id point here.
template <class Id>
inline constexpr Id no_entity = Id{integer_max<decltype(Id{}.index)>};
}  // namespace detail

/// Run-time handle of a joint.
using joint_id = detail::basic_id<std::uint8_t, detail::joint_base>;
/// Run-time handle of a joint action (knee flexion, hip abduction, ...).
using action_id = detail::basic_id<std::uint8_t, detail::action_base>;
/// Run-time handle of a muscle group.
using group_id = detail::basic_id<std::uint8_t, detail::group_base>;
/// Run-time handle of a muscle, head or part.
using muscle_id = detail::basic_id<std::uint16_t, detail::muscle_base>;

// Capacities leave room for the upper body as data: ~50 more joints' worth of
// actions and ~150 more muscles fit without changing a type. Every id type
// holds more values than its capacity; an id past a model's count (a foreign
// id, read from a file or another program) is defined everywhere: queries
// answer it with an empty answer (an empty set, false, an info with empty id
// and name) and `Model::has(id)` tells it apart.
inline constexpr std::size_t max_joints = 64;
inline constexpr std::size_t max_actions = 128;
inline constexpr std::size_t max_groups = 64;
inline constexpr std::size_t max_muscles = 256;

using joint_set = detail::id_set<joint_id, max_joints>;
using action_set = detail::id_set<action_id, max_actions>;
using group_set = detail::id_set<group_id, max_groups>;
using muscle_set = detail::id_set<muscle_id, max_muscles>;

/// The direction of a movement about a joint's axis; each has exactly one
/// opposite. The list covers every joint of the body, not only the lower body's,
/// so that new joints (spine, shoulder girdle, elbow, wrist) are data.
enum class motion : std::uint8_t {
  flexion,
  extension,
  abduction,
  adduction,
  internal_rotation,
  external_rotation,
  plantar_flexion,
  dorsiflexion,
  inversion,
  eversion,
  lateral_flexion_left,
  lateral_flexion_right,
  rotation_left,
  rotation_right,
  horizontal_abduction,
  horizontal_adduction,
  elevation,
  depression,
  protraction,
  retraction,
  upward_rotation,
  downward_rotation,
  pronation,
  supination,
  radial_deviation,
  ulnar_deviation,
};

/// The opposite direction: motions come in pairs, listed next to each other.
[[nodiscard]] constexpr motion opposite(motion m) noexcept {
  const auto i = static_cast<std::uint8_t>(m);
  return static_cast<motion>((i % 2 == 0) ? i + 1 : i - 1);
}

/// How much a muscle contributes to one of its actions, as anatomy texts rank it.
enum class action_role : std::uint8_t {
  primary,    ///< a prime mover of the action
  secondary,  ///< assists, or only some fibres / only in some positions
};

/// Filter for queries that can look at one role or at both.
enum class role_filter : std::uint8_t { any, primary, secondary };

[[nodiscard]] constexpr bool matches(role_filter f, action_role r) noexcept {
  return f == role_filter::any || (f == role_filter::primary) == (r == action_role::primary);
}

/// Kinetic chains as coaches use the words: front, back, and the side stabilizers.
enum class chain : std::uint8_t { anterior, posterior, medial, lateral };

inline constexpr std::size_t max_joint_complex_id = 31;

/// Joints that move as one unit for training purposes (the talocrural and
/// subtalar joints form the ankle complex). A muscle is "two-joint" when it
/// crosses joints of two or more complexes, and an exercise is compound when
/// it loads two or more. A complex is a value named by its snake_case id, not
/// a closed list: a model declares its own as data,
/// `inline constexpr joint_complex shoulder{"shoulder"};`, and its joints name
/// it (`joint<"glenohumeral", shoulder, 3>`). The built-in ones are
/// `joint_complex::lumbar_spine`, `hip`, `knee`, `ankle` and `toes`. Two
/// complexes are the same when their ids are; the value is structural, so it
/// can be a template argument. The empty value (`joint_complex{}`) is no complex.
struct joint_complex {
  char letters[max_joint_complex_id + 1]{};  ///< the id, zero-padded (public: a structural type)
  std::uint8_t length = 0;

  constexpr joint_complex() noexcept = default;
  template <std::size_t N>
  consteval joint_complex(const char (&id)[N]) noexcept {  // NOLINT(google-explicit-constructor): a complex is its id
    static_assert(N >= 2 && N - 1 <= max_joint_complex_id,
                  "sinew: a joint complex id has one to max_joint_complex_id characters");
    for (std::size_t i = 0; i + 1 < N; ++i) letters[i] = id[i];
    length = static_cast<std::uint8_t>(N - 1);
  }

  [[nodiscard]] constexpr bool empty() const noexcept { return length == 0; }

  friend constexpr bool operator==(const joint_complex& a, const joint_complex& b) noexcept {
    if (a.length != b.length) return false;
    for (std::size_t i = 0; i != a.length; ++i)
      if (a.letters[i] != b.letters[i]) return false;
    return true;
  }
  /// By id, as text sorts (for ordered containers).
  friend constexpr bool operator<(const joint_complex& a, const joint_complex& b) noexcept {
    for (std::size_t i = 0; i != a.length && i != b.length; ++i)
      if (a.letters[i] != b.letters[i]) return static_cast<unsigned char>(a.letters[i]) < static_cast<unsigned char>(b.letters[i]);
    return a.length < b.length;
  }

  static const joint_complex lumbar_spine;
  static const joint_complex hip;
  static const joint_complex knee;
  static const joint_complex ankle;
  static const joint_complex toes;
};
inline constexpr joint_complex joint_complex::lumbar_spine{"lumbar_spine"};
inline constexpr joint_complex joint_complex::hip{"hip"};
inline constexpr joint_complex joint_complex::knee{"knee"};
inline constexpr joint_complex joint_complex::ankle{"ankle"};
inline constexpr joint_complex joint_complex::toes{"toes"};

}  // namespace sinew

// Editing a generated week: replace one exercise, or plan one session again,
// the rest of the week left as it is and the week kept as clean as generate
// leaves it (the analysis with options_for(request) finds no error and no
// warning beyond forced_warnings(request)).
//
//   auto p = generate(request);
//   auto q = replace_exercise(*p, 0, 2, request);   // session 0, its third exercise
//   auto s = regenerate_session(*p, 1, request);     // session 1 planned again
//
// replace_exercise tries the exercises at hand that do the same work (the
// selection's role of the old one, or the same actions loaded), in an order the
// seed decides, each with the prescription block's scheme for the old one's
// sets, and keeps the first that leaves the week clean. regenerate_session
// plans the week again from other variants of the seed and takes the session at
// that index from the first plan whose session differs and leaves the week clean.
// Both read the program's first written week (a generated program has one) and
// give a program of that week, the request's weeks and progressions. Errors:
// "sinew: replace: ..." and "sinew: regenerate: ..." (an index past the program,
// nothing that keeps the week clean), or the request's own (see generate).
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/generation/generator.hpp>

namespace sinew {

namespace detail {

/// The role the default selection would give a record in a block.
template <class Model>
constexpr exercise_role role_of(const exercise_record& r, block_role block) noexcept {
  if (block == block_role::warm_up) return exercise_role::warm_up;
  for (std::size_t role = 0; role != static_cast<std::size_t>(exercise_role::required); ++role)
    if (fits_role<Model>(r, static_cast<exercise_role>(role))) return static_cast<exercise_role>(role);
  return exercise_role::required;
}

/// The week draft of a program's first written week: its sessions, exercises, schemes, blocks.
template <class Model, program_limits L>
constexpr week_draft draft_of(const basic_program<L>& p, span<const exercise_record> catalog) noexcept {
  week_draft w{};
  if (p.weeks().empty()) return w;
  for (const auto& s : p.sessions(p.weeks()[0])) {
    if (w.count == max_week_sessions) break;
    session_draft d{};
    d.day = s.day;
    d.title = s.title;
    for (const auto& b : p.blocks(s))
      for (const auto& e : p.entries(b)) {
        chosen_exercise x{};
        x.exercise = e.exercise;
        x.scheme = e.scheme;
        x.block = b.role;
        x.sets = static_cast<std::uint8_t>(e.scheme.sets > 255 ? 255 : e.scheme.sets);
        x.role = e.exercise.index < catalog.size() ? role_of<Model>(catalog[e.exercise.index], b.role) : exercise_role::required;
        d.add(x);
      }
    w.sessions[w.count++] = d;
  }
  return w;
}

/// Findings of a program beyond what the request forces (see generate).
template <class Model, program_limits L>
constexpr std::size_t unforced_findings(const basic_program<L>& p, const analysis_options& o, finding_kind_set forced,
                                        span<const exercise_record> catalog) noexcept {
  const auto a = analyse<Model>(p, o, catalog);
  std::size_t faults = 0;
  for (const auto& f : a.findings)
    if (f.severity == severity::error || (f.severity == severity::warning && !forced.contains(f.kind))) ++faults;
  return faults;
}

/// The program of a week draft, named as `like`.
template <class Model, program_limits L, class Parts>
constexpr result<basic_program<L>> rebuilt(const generation_context<Model>& c, const Parts& parts, const week_draft& w,
                                           const basic_program<L>& like) noexcept {
  auto p = build_program<Model, L>(c, parts, w);
  if (p && !like.name.empty()) p->name = like.name;
  return p;
}

inline constexpr std::size_t replacement_tries = 8;

}  // namespace detail

/// The program with entry `entry` (counted over the session's blocks) of session
/// `session` (of the first written week) replaced by another exercise doing the
/// same work (see the header).
template <class Model = builtin_model, program_limits L = program_limits{}, class Parts = default_parts>
[[nodiscard]] constexpr result<basic_program<L>> replace_exercise(const basic_program<L>& p, std::size_t session,
                                                                  std::size_t entry, const plan_request& r,
                                                                  span<const exercise_record> catalog = builtin_catalog(),
                                                                  const Parts& parts = {}) noexcept {
  static_assert(detail::check_parts<Model, Parts>());
  if (const error e = detail::validate<Model>(r, catalog); !e.message.empty()) return e;
  const week_draft w = detail::draft_of<Model>(p, catalog);
  if (session >= w.count) return detail::at({"sinew: replace: the program has no such session"}, session);
  const session_draft& s = w.sessions[session];
  if (entry >= s.count) return detail::at({"sinew: replace: the session has no such exercise"}, entry);
  const chosen_exercise old = s.items[entry];
  if (old.exercise.index >= catalog.size()) return detail::at({"sinew: replace: an exercise is not in the catalog"}, entry);
  const exercise_record& was = catalog[old.exercise.index];
  const auto c = detail::context_for<Model>(r, catalog);
  const finding_kind_set forced = forced_warnings<Model>(r, catalog);
  // the candidates doing the same work, the seed's first few (a linear scan)
  detail::array<exercise_id, detail::replacement_tries> ids{};
  detail::array<std::uint64_t, detail::replacement_tries> keys{};
  std::size_t n = 0;
  for (std::size_t i = 0; i != catalog.size(); ++i) {
    const exercise_id id{static_cast<std::uint16_t>(i)};
    const exercise_record& x = catalog[i];
    if (id == old.exercise || s.holds(id) || r.exclude.contains(id)) continue;
    if (old.role == exercise_role::warm_up) {
      if (x.kind != was.kind || x.contraction != was.contraction || !detail::at_hand(r).includes(x.equipment) ||
          x.spinal_load != spinal_load::none)
        continue;
    } else if (!detail::eligible(x, r) ||
               (old.role == exercise_role::required ? !(x.loads == was.loads) : !detail::fits_role<Model>(x, old.role))) {
      continue;
    }
    const std::uint64_t key = detail::mix(detail::mix(r.seed ^ 0x7265706C61636531ULL) + i);
    std::size_t at = n;
    while (at != 0 && keys[at - 1] > key) --at;
    if (at == detail::replacement_tries) continue;
    const std::size_t last = n < detail::replacement_tries ? n : detail::replacement_tries - 1;
    for (std::size_t k = last; k > at; --k) {
      ids[k] = ids[k - 1];
      keys[k] = keys[k - 1];
    }
    ids[at] = id;
    keys[at] = key;
    if (n < detail::replacement_tries) ++n;
  }
  for (std::size_t k = 0; k != n; ++k) {
    week_draft d = w;
    chosen_exercise& it = d.sessions[session].items[entry];
    it.exercise = ids[k];
    it.scheme = old.role == exercise_role::warm_up ? old.scheme : parts.prescription.scheme_for(c, it);
    auto q = detail::rebuilt(c, parts, d, p);
    if (!q) continue;
    if (detail::unforced_findings<Model>(*q, c.options, forced, catalog) == 0) return q;
  }
  return detail::at({"sinew: replace: no other exercise at hand does its work and keeps the week clean"}, entry);
}

/// The program with session `session` (of the first written week) planned
/// again, the other sessions as they are (see the header).
template <class Model = builtin_model, program_limits L = program_limits{}, class Parts = default_parts>
[[nodiscard]] constexpr result<basic_program<L>> regenerate_session(const basic_program<L>& p, std::size_t session,
                                                                    const plan_request& r,
                                                                    span<const exercise_record> catalog = builtin_catalog(),
                                                                    const Parts& parts = {}) noexcept {
  static_assert(detail::check_parts<Model, Parts>());
  if (const error e = detail::validate<Model>(r, catalog); !e.message.empty()) return e;
  const week_draft w = detail::draft_of<Model>(p, catalog);
  if (session >= w.count) return detail::at({"sinew: regenerate: the program has no such session"}, session);
  const auto c = detail::context_for<Model>(r, catalog);
  const finding_kind_set forced = forced_warnings<Model>(r, catalog);
  const auto same_exercises = [](const session_draft& a, const session_draft& b) {
    if (a.count != b.count) return false;
    for (std::size_t i = 0; i != a.count; ++i)
      if (a.items[i].exercise != b.items[i].exercise) return false;
    return true;
  };
  for (std::uint64_t k = 1; k <= detail::replacement_tries; ++k) {
    plan_request variant = r;
    variant.seed = detail::mix(r.seed ^ (0x5E5510ULL + k * 0x10001ULL + session));
    const auto cv = detail::context_for<Model>(variant, catalog);
    const auto scheduled = parts.scheduling.schedule(cv);
    if (!scheduled) return scheduled.error();
    const auto planned = detail::plan_week(cv, parts, *scheduled);
    if (!planned || planned->count != w.count) continue;
    const session_draft& fresh = planned->sessions[session];
    if (fresh.day != w.sessions[session].day || same_exercises(fresh, w.sessions[session])) continue;
    week_draft d = w;
    d.sessions[session] = fresh;
    auto q = detail::rebuilt(c, parts, d, p);
    if (!q) continue;
    if (detail::unforced_findings<Model>(*q, c.options, forced, catalog) == 0) return q;
  }
  return detail::at({"sinew: regenerate: no other plan of this session keeps the week clean"}, session);
}

}  // namespace sinew

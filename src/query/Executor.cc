#include "query/Executor.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "query/NameMatch.h"
#include "query/Parser.h"
#include "query/Properties.h"

namespace newsgraph {
namespace {

constexpr std::int64_t kUnbound = -1;

// Three-valued logic: null is "unknown".
std::optional<bool> AsTruth(const Value& v) {
  if (v.kind() != Value::Kind::kBool) return std::nullopt;
  return v.as_bool();
}

void CollectSlots(const Expression& e, std::set<int>& slots) {
  if (e.slot >= 0) slots.insert(e.slot);
  for (const Expression& c : e.children) CollectSlots(c, slots);
}

struct Predicate {
  const Expression* expression;
  std::vector<int> slots;
};

// One MATCH in progress: the current binding of every slot, and a depth-first search over the patterns.
class Matcher {
 public:
  Matcher(const Executor& executor, const Query& query, std::function<void(const Matcher&)> emit)
      : executor_(executor), query_(query), emit_(std::move(emit)) {
    single_.assign(query.variables.size(), kUnbound);
    paths_.resize(query.variables.size());
    int clauses = 0;
    for (const PathPattern& path : query.patterns) clauses = std::max(clauses, path.clause + 1);
    used_.assign(static_cast<std::size_t>(clauses), std::vector<bool>(executor.graph().EdgeCount(), false));
    for (const Expression& p : query.predicates) {
      std::set<int> slots;
      CollectSlots(p, slots);
      predicates_.push_back(Predicate{&p, {slots.begin(), slots.end()}});
    }
  }

  void Run() {
    for (const Predicate& p : predicates_)
      if (p.slots.empty() && AsTruth(Evaluate(*p.expression)) != true) return;
    Plan();
    MatchPattern(0);
  }

  // The step budget ran out: the matches found are incomplete.
  bool exhausted() const { return steps_ > executor_.budget(); }

  Value Evaluate(const Expression& e) const {
    switch (e.kind) {
      case Expression::Kind::kLiteral:
        return e.literal;
      case Expression::Kind::kList: {
        std::vector<Value> items;
        for (const Expression& c : e.children) items.push_back(Evaluate(c));
        return Value::List(std::move(items));
      }
      case Expression::Kind::kVariable:
        return VariableValue(e.slot);
      case Expression::Kind::kProperty: {
        std::int64_t bound = single_[static_cast<std::size_t>(e.slot)];
        if (bound == kUnbound) return Value();
        const std::size_t index = static_cast<std::size_t>(bound);
        return query_.variables[static_cast<std::size_t>(e.slot)].kind == SlotKind::kNode
                   ? NodeProperty(executor_.node(index), e.property)
                   : EdgeProperty(executor_.edge(index), e.property);
      }
      case Expression::Kind::kNot: {
        std::optional<bool> b = AsTruth(Evaluate(e.children[0]));
        return b ? Value::Bool(!*b) : Value();
      }
      case Expression::Kind::kAnd:
      case Expression::Kind::kOr: {
        bool is_and = e.kind == Expression::Kind::kAnd;
        std::optional<bool> a = AsTruth(Evaluate(e.children[0]));
        if (a == !is_and) return Value::Bool(!is_and);  // short circuit: false AND _, true OR _
        std::optional<bool> b = AsTruth(Evaluate(e.children[1]));
        if (b == !is_and) return Value::Bool(!is_and);
        if (!a || !b) return Value();
        return Value::Bool(is_and);
      }
      case Expression::Kind::kXor: {
        std::optional<bool> a = AsTruth(Evaluate(e.children[0]));
        std::optional<bool> b = AsTruth(Evaluate(e.children[1]));
        return a && b ? Value::Bool(*a != *b) : Value();
      }
      case Expression::Kind::kCompare:
        return Compare(e);
      case Expression::Kind::kIsNull:
        return Value::Bool(Evaluate(e.children[0]).is_null() != e.negated);
      case Expression::Kind::kNegate: {
        Value v = Evaluate(e.children[0]);
        if (v.kind() == Value::Kind::kInt) return Value::Int(-v.as_int());
        if (v.kind() == Value::Kind::kFloat) return Value::Float(-v.as_number());
        return Value();
      }
      case Expression::Kind::kCount:
        return Value();  // aggregated by the projection, never evaluated per match
    }
    return Value();
  }

 private:
  Value VariableValue(int slot) const {
    const std::size_t s = static_cast<std::size_t>(slot);
    switch (query_.variables[s].kind) {
      case SlotKind::kNode:
        return single_[s] == kUnbound
                   ? Value()
                   : Value::String(executor_.node(static_cast<std::size_t>(single_[s])).id);
      case SlotKind::kEdge:
        return single_[s] == kUnbound
                   ? Value()
                   : Value::String(executor_.edge(static_cast<std::size_t>(single_[s])).id());
      case SlotKind::kPath: {
        std::vector<Value> ids;
        for (std::size_t e : paths_[s]) ids.push_back(Value::String(executor_.edge(e).id()));
        return Value::List(std::move(ids));
      }
    }
    return Value();
  }

  // The node whose `name` pseudo-property `e` reads, if it is one.
  const NodeRecord* NameOf(const Expression& e) const {
    if (e.kind != Expression::Kind::kProperty || e.property != "name") return nullptr;
    const std::size_t s = static_cast<std::size_t>(e.slot);
    if (query_.variables[s].kind != SlotKind::kNode || single_[s] == kUnbound) return nullptr;
    return &executor_.node(static_cast<std::size_t>(single_[s]));
  }

  Value CompareName(const NodeRecord& node, CompareOp op, const Value& other) const {
    if (op == CompareOp::kIn) {
      if (other.kind() != Value::Kind::kList) return Value();
      for (const Value& item : other.as_list())
        if (item.kind() == Value::Kind::kString && NameMatches(node, item.as_string()))
          return Value::Bool(true);
      return Value::Bool(false);
    }
    if (other.kind() != Value::Kind::kString)
      return other.is_null() ? Value() : Value::Bool(op == CompareOp::kNe);
    const std::string& s = other.as_string();
    switch (op) {
      case CompareOp::kEq:
        return Value::Bool(NameMatches(node, s));
      case CompareOp::kNe:
        return Value::Bool(!NameMatches(node, s));
      case CompareOp::kContains:
        return Value::Bool(NameContains(node, s));
      case CompareOp::kStartsWith:
        return Value::Bool(NameStartsWith(node, s));
      case CompareOp::kEndsWith:
        return Value::Bool(NameEndsWith(node, s));
      default:
        return Apply(Value::String(node.label), op, other);
    }
  }

  static Value Apply(const Value& a, CompareOp op, const Value& b) {
    if (op == CompareOp::kIn) {
      if (b.kind() != Value::Kind::kList || a.is_null()) return Value();
      bool unknown = false;
      for (const Value& item : b.as_list()) {
        if (item.is_null())
          unknown = true;
        else if (item == a)
          return Value::Bool(true);
      }
      return unknown ? Value() : Value::Bool(false);
    }
    if (a.is_null() || b.is_null()) return Value();
    if (op == CompareOp::kContains || op == CompareOp::kStartsWith || op == CompareOp::kEndsWith) {
      if (a.kind() != Value::Kind::kString || b.kind() != Value::Kind::kString) return Value();
      const std::string& s = a.as_string();
      const std::string& t = b.as_string();
      if (op == CompareOp::kContains) return Value::Bool(s.find(t) != std::string::npos);
      return Value::Bool(op == CompareOp::kStartsWith ? s.starts_with(t) : s.ends_with(t));
    }
    bool comparable = false;
    int c = CompareValues(a, b, &comparable);
    if (op == CompareOp::kEq) return Value::Bool(comparable && c == 0);
    if (op == CompareOp::kNe) return Value::Bool(!comparable || c != 0);
    if (!comparable) return Value();
    switch (op) {
      case CompareOp::kLt:
        return Value::Bool(c < 0);
      case CompareOp::kLe:
        return Value::Bool(c <= 0);
      case CompareOp::kGt:
        return Value::Bool(c > 0);
      case CompareOp::kGe:
        return Value::Bool(c >= 0);
      default:
        return Value();
    }
  }

  Value Compare(const Expression& e) const {
    if (const NodeRecord* node = NameOf(e.children[0]))
      return CompareName(*node, e.op, Evaluate(e.children[1]));
    if (e.op == CompareOp::kEq || e.op == CompareOp::kNe)
      if (const NodeRecord* node = NameOf(e.children[1]))
        return CompareName(*node, e.op, Evaluate(e.children[0]));
    return Apply(Evaluate(e.children[0]), e.op, Evaluate(e.children[1]));
  }

  // --- planning ---

  // Starts each path at its more selective end: already bound, then filtered by a property, then typed.
  void Plan() {
    std::set<int> bound;
    for (const PathPattern& path : query_.patterns) {
      auto score = [&](const NodePattern& n) {
        if (bound.contains(n.slot)) return 3;
        for (const Predicate& p : predicates_)
          if (p.slots.size() == 1 && p.slots[0] == n.slot) return 2;
        return n.type ? 1 : 0;
      };
      PathPattern planned = path;
      bool reversed = score(path.nodes.back()) > score(path.nodes.front());
      if (reversed) {
        std::reverse(planned.nodes.begin(), planned.nodes.end());
        std::reverse(planned.edges.begin(), planned.edges.end());
        for (EdgePattern& e : planned.edges)
          if (e.direction != Direction::kBoth)
            e.direction = e.direction == Direction::kForward ? Direction::kBackward : Direction::kForward;
      }
      for (const NodePattern& n : path.nodes) bound.insert(n.slot);
      for (const EdgePattern& e : path.edges) bound.insert(e.slot);
      plan_.push_back(std::move(planned));
      reversed_.push_back(reversed);
    }
  }

  // --- matching ---

  // Checks the predicates that `slot` completes.
  bool Holds(int slot) const {
    for (const Predicate& p : predicates_) {
      if (std::find(p.slots.begin(), p.slots.end(), slot) == p.slots.end()) continue;
      bool complete = std::all_of(p.slots.begin(), p.slots.end(), [&](int s) {
        const std::size_t i = static_cast<std::size_t>(s);
        return query_.variables[i].kind == SlotKind::kPath ? path_bound_.contains(s) : single_[i] != kUnbound;
      });
      if (complete && AsTruth(Evaluate(*p.expression)) != true) return false;
    }
    return true;
  }

  void MatchPattern(std::size_t p) {
    if (p == plan_.size()) {
      emit_(*this);
      return;
    }
    const NodePattern& start = plan_[p].nodes[0];
    std::int64_t bound = single_[static_cast<std::size_t>(start.slot)];
    if (bound != kUnbound) {
      BindNode(p, 0, static_cast<std::size_t>(bound));
      return;
    }
    for (std::size_t v = 0; v < executor_.graph().NodeCount() && !exhausted(); ++v) BindNode(p, 0, v);
  }

  // False once the step budget is spent: the search then unwinds without matching anything more.
  bool Step() { return ++steps_ <= executor_.budget(); }
  void BindNode(std::size_t p, std::size_t i, std::size_t v) {
    if (!Step()) return;
    const NodePattern& pattern = plan_[p].nodes[i];
    if (pattern.type && executor_.node(v).type != *pattern.type) return;
    std::int64_t& slot = single_[static_cast<std::size_t>(pattern.slot)];
    if (slot != kUnbound) {
      if (slot == static_cast<std::int64_t>(v)) AfterNode(p, i, v);
      return;
    }
    slot = static_cast<std::int64_t>(v);
    if (Holds(pattern.slot)) AfterNode(p, i, v);
    slot = kUnbound;
  }

  void AfterNode(std::size_t p, std::size_t i, std::size_t v) {
    if (i == plan_[p].edges.size()) {
      MatchPattern(p + 1);
      return;
    }
    const EdgePattern& edge = plan_[p].edges[i];
    if (edge.variable_length) {
      std::vector<std::size_t> path;
      Extend(p, i, v, path);
      return;
    }
    std::int64_t& slot = single_[static_cast<std::size_t>(edge.slot)];
    std::vector<bool>& used = used_[static_cast<std::size_t>(plan_[p].clause)];
    for (const Executor::Incidence& inc : executor_.incidence(v)) {
      if (exhausted()) return;
      if (used[inc.edge] || !Fits(edge, inc)) continue;
      used[inc.edge] = true;
      slot = static_cast<std::int64_t>(inc.edge);
      if (Holds(edge.slot)) BindNode(p, i + 1, inc.other);
      slot = kUnbound;
      used[inc.edge] = false;
    }
  }

  // Variable-length edge: every walk of min..max unused edges from v.
  void Extend(std::size_t p, std::size_t i, std::size_t v, std::vector<std::size_t>& path) {
    if (!Step()) return;
    const EdgePattern& edge = plan_[p].edges[i];
    const int hops = static_cast<int>(path.size());
    if (hops >= edge.min_hops) {
      std::vector<std::size_t>& bound = paths_[static_cast<std::size_t>(edge.slot)];
      bound = path;
      if (reversed_[p]) std::reverse(bound.begin(), bound.end());  // keep the edges in the order written
      path_bound_.insert(edge.slot);
      if (Holds(edge.slot)) BindNode(p, i + 1, v);
      path_bound_.erase(edge.slot);
      bound.clear();
    }
    if (hops == edge.max_hops) return;
    std::vector<bool>& used = used_[static_cast<std::size_t>(plan_[p].clause)];
    for (const Executor::Incidence& inc : executor_.incidence(v)) {
      if (exhausted()) return;
      if (used[inc.edge] || !Fits(edge, inc)) continue;
      used[inc.edge] = true;
      path.push_back(inc.edge);
      Extend(p, i, inc.other, path);
      path.pop_back();
      used[inc.edge] = false;
    }
  }

  bool Fits(const EdgePattern& pattern, const Executor::Incidence& inc) const {
    const EdgeRecord& record = executor_.edge(inc.edge);
    if (!pattern.types.empty() &&
        std::find(pattern.types.begin(), pattern.types.end(), record.type) == pattern.types.end())
      return false;
    if (pattern.direction == Direction::kBoth || IsSymmetric(record.type)) return true;
    return inc.outgoing == (pattern.direction == Direction::kForward);
  }

  const Executor& executor_;
  const Query& query_;
  std::function<void(const Matcher&)> emit_;
  std::vector<std::int64_t> single_;             // node or edge index per slot
  std::vector<std::vector<std::size_t>> paths_;  // edge indices per variable-length slot
  std::set<int> path_bound_;
  std::vector<std::vector<bool>> used_;  // per MATCH clause, per edge
  std::uint64_t steps_ = 0;
  std::vector<Predicate> predicates_;
  std::vector<PathPattern> plan_;
  std::vector<bool> reversed_;
};

struct Row {
  std::vector<Value> values;
  std::vector<Value> keys;  // ORDER BY keys
};

struct Group {
  std::vector<Value> values;  // grouping keys in their columns; counts filled at the end
  std::vector<std::int64_t> counts;
  std::vector<std::set<Value>> distinct;
};

bool RowBefore(const Query& query, const Row& a, const Row& b) {
  for (std::size_t i = 0; i < query.order.size(); ++i) {
    const Value& x = a.keys[i];
    const Value& y = b.keys[i];
    if (x == y) continue;
    return query.order[i].descending ? y < x : x < y;
  }
  return false;
}

}  // namespace

Executor::Executor(const KnowledgeGraph& graph, std::uint64_t budget)
    : graph_(graph), budget_(budget), incidence_(graph.NodeCount()) {
  const auto& edges = graph.Edges();
  for (std::size_t e = 0; e < edges.size(); ++e) {
    std::size_t s = graph.Source(edges[e]);
    std::size_t t = graph.Target(edges[e]);
    incidence_[s].push_back(Incidence{e, t, true});
    incidence_[t].push_back(Incidence{e, s, false});
  }
}

Result<ResultTable> Executor::Execute(std::string_view text) const {
  Result<Query> query = Parser::ParseQuery(text);
  if (!query) return query.error();
  return Run(*query);
}

Result<ResultTable> Executor::Run(const Query& query) const {
  std::vector<std::string> columns;
  for (const ReturnItem& item : query.returns) columns.push_back(item.column);
  std::vector<Row> rows;
  std::vector<Group> groups;
  std::map<std::vector<Value>, std::size_t> group_index;
  const std::size_t n = query.returns.size();

  Matcher matcher(*this, query, [&](const Matcher& m) {
    if (!query.aggregates) {
      Row row;
      for (const ReturnItem& item : query.returns) row.values.push_back(m.Evaluate(item.expression));
      for (const OrderItem& o : query.order)
        row.keys.push_back(o.column >= 0 ? row.values[static_cast<std::size_t>(o.column)]
                                         : m.Evaluate(o.expression));
      rows.push_back(std::move(row));
      return;
    }
    std::vector<Value> key(n);
    for (std::size_t i = 0; i < n; ++i)
      if (query.returns[i].expression.kind != Expression::Kind::kCount)
        key[i] = m.Evaluate(query.returns[i].expression);
    auto [it, added] = group_index.emplace(key, groups.size());
    if (added) groups.push_back(Group{key, std::vector<std::int64_t>(n, 0), std::vector<std::set<Value>>(n)});
    Group& group = groups[it->second];
    for (std::size_t i = 0; i < n; ++i) {
      const Expression& e = query.returns[i].expression;
      if (e.kind != Expression::Kind::kCount) continue;
      if (e.children.empty()) {
        ++group.counts[i];
        continue;
      }
      Value v = m.Evaluate(e.children[0]);
      if (v.is_null()) continue;
      if (e.distinct)
        group.distinct[i].insert(std::move(v));
      else
        ++group.counts[i];
    }
  });
  matcher.Run();
  if (matcher.exhausted())
    return Error{
        ErrorCode::kBadQuery,
        fmt::format("the query explored more than {} partial matches; narrow it (names, types, fewer hops)",
                    budget_),
        Location{"query"}};

  if (query.aggregates) {
    bool only_counts = std::all_of(query.returns.begin(), query.returns.end(), [](const ReturnItem& item) {
      return item.expression.kind == Expression::Kind::kCount;
    });
    if (groups.empty() && only_counts)  // count(*) of nothing is one row of zeros
      groups.push_back(
          Group{std::vector<Value>(n), std::vector<std::int64_t>(n, 0), std::vector<std::set<Value>>(n)});
    for (Group& g : groups) {
      Row row;
      row.values = std::move(g.values);
      for (std::size_t i = 0; i < n; ++i) {
        const Expression& e = query.returns[i].expression;
        if (e.kind == Expression::Kind::kCount)
          row.values[i] =
              Value::Int(e.distinct ? static_cast<std::int64_t>(g.distinct[i].size()) : g.counts[i]);
      }
      for (const OrderItem& o : query.order)
        row.keys.push_back(row.values[static_cast<std::size_t>(o.column)]);
      rows.push_back(std::move(row));
    }
  }

  std::stable_sort(rows.begin(), rows.end(),
                   [&](const Row& a, const Row& b) { return RowBefore(query, a, b); });
  ResultTable table(std::move(columns));
  std::set<std::vector<Value>> seen;
  std::int64_t skip = query.skip.value_or(0);
  std::int64_t kept = 0;
  for (Row& row : rows) {
    if (query.distinct && !seen.insert(row.values).second) continue;
    if (skip > 0) {
      --skip;
      continue;
    }
    if (query.limit && kept >= *query.limit) break;
    table.AddRow(std::move(row.values));
    ++kept;
  }
  return table;
}

}  // namespace newsgraph

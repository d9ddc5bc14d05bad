-- deltablue: an incremental one-way dataflow constraint solver (the shape of
-- the DeltaBlue algorithm by Freeman-Benson, Maloney and Borning).
-- Variables are linked by constraints of graded strength; adding or removing a
-- constraint re-plans incrementally, and plans are then executed many times.
-- Measures: OO code with metatables and a class hierarchy, method calls,
-- small growable lists, many short-lived objects.
-- One iteration runs 30 times a chain test and a projection test of 100
-- variables each.
local N = tonumber(arg and arg[1]) or 30

-- Tiny class helper: methods are looked up through __index chains.
local function class(parent)
  local c = {}
  c.__index = c
  if parent then
    setmetatable(c, { __index = parent })
  end
  return c
end

-- Ordered collection ----------------------------------------------------------

local List = class()

function List.new()
  return setmetatable({ n = 0 }, List)
end

function List:add(x)
  local n = self.n + 1
  self.n = n
  self[n] = x
end

-- Removes every occurrence of x, keeping the order of the rest.
function List:remove(x)
  local j = 0
  local n = self.n
  for i = 1, n do
    local y = self[i]
    if y ~= x then
      j = j + 1
      self[j] = y
    end
  end
  for i = j + 1, n do
    self[i] = nil
  end
  self.n = j
end

-- FIFO queue of work items (indices only ever grow).
local Queue = class()

function Queue.new()
  return setmetatable({ head = 1, tail = 0 }, Queue)
end

function Queue:push(x)
  local t = self.tail + 1
  self.tail = t
  self[t] = x
end

function Queue:pop()
  local h = self.head
  local x = self[h]
  self[h] = nil
  self.head = h + 1
  return x
end

function Queue:is_empty()
  return self.head > self.tail
end

-- Strengths: smaller numbers are stronger ------------------------------------

local REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST =
  0, 1, 2, 3, 4, 5, 6

local function stronger(a, b)
  return a < b
end

local function weaker(a, b)
  return a > b
end

local function weakest_of(a, b)
  if a > b then
    return a
  end
  return b
end

local NONE, FORWARD, BACKWARD = 0, 1, 2

-- The planner is shared by all constraints of one test, as in the original.
local planner

-- Variable ------------------------------------------------------------------------

local Variable = class()

function Variable.new(name, value)
  return setmetatable({
    name = name,
    value = value or 0,
    constraints = List.new(),
    determined_by = nil,
    mark = 0,
    walk_strength = WEAKEST,
    stay = true,
  }, Variable)
end

function Variable:add_constraint(c)
  self.constraints:add(c)
end

function Variable:remove_constraint(c)
  self.constraints:remove(c)
  if self.determined_by == c then
    self.determined_by = nil
  end
end

-- Constraint (abstract) -----------------------------------------------------------

local Constraint = class()

function Constraint:add_constraint()
  self:add_to_graph()
  planner:incremental_add(self)
end

-- Tries to satisfy this constraint with mark; returns the constraint that
-- lost its output to this one, if any.
function Constraint:satisfy(mark)
  self:choose_method(mark)
  if not self:is_satisfied() then
    if self.strength == REQUIRED then
      error("could not satisfy a required constraint")
    end
    return nil
  end
  self:mark_inputs(mark)
  local out = self:output()
  local overridden = out.determined_by
  if overridden ~= nil then
    overridden:mark_unsatisfied()
  end
  out.determined_by = self
  if not planner:add_propagate(self, mark) then
    error("cycle encountered")
  end
  out.mark = mark
  return overridden
end

function Constraint:destroy_constraint()
  if self:is_satisfied() then
    planner:incremental_remove(self)
  else
    self:remove_from_graph()
  end
end

function Constraint:is_input()
  return false
end

-- Unary constraints ----------------------------------------------------------------

local UnaryConstraint = class(Constraint)

function UnaryConstraint.init(self, v, strength)
  self.strength = strength
  self.my_output = v
  self.satisfied = false
  self:add_constraint()
  return self
end

function UnaryConstraint:add_to_graph()
  self.my_output:add_constraint(self)
  self.satisfied = false
end

function UnaryConstraint:choose_method(mark)
  local out = self.my_output
  self.satisfied = out.mark ~= mark and stronger(self.strength, out.walk_strength)
end

function UnaryConstraint:is_satisfied()
  return self.satisfied
end

function UnaryConstraint:mark_inputs(mark) end

function UnaryConstraint:output()
  return self.my_output
end

function UnaryConstraint:recalculate()
  local out = self.my_output
  out.walk_strength = self.strength
  out.stay = not self:is_input()
  if out.stay then
    self:execute()
  end
end

function UnaryConstraint:mark_unsatisfied()
  self.satisfied = false
end

function UnaryConstraint:inputs_known(mark)
  return true
end

function UnaryConstraint:remove_from_graph()
  if self.my_output ~= nil then
    self.my_output:remove_constraint(self)
  end
  self.satisfied = false
end

-- Keeps a variable at its value during planning.
local StayConstraint = class(UnaryConstraint)

function StayConstraint.new(v, strength)
  return UnaryConstraint.init(setmetatable({}, StayConstraint), v, strength)
end

function StayConstraint:execute() end

-- Marks a variable as an input that the user changes.
local EditConstraint = class(UnaryConstraint)

function EditConstraint.new(v, strength)
  return UnaryConstraint.init(setmetatable({}, EditConstraint), v, strength)
end

function EditConstraint:is_input()
  return true
end

function EditConstraint:execute() end

-- Binary constraints -----------------------------------------------------------------

local BinaryConstraint = class(Constraint)

function BinaryConstraint.init(self, v1, v2, strength)
  self.strength = strength
  self.v1 = v1
  self.v2 = v2
  self.direction = NONE
  self:add_constraint()
  return self
end

-- Picks the direction that writes the weaker end, unless one end is
-- already marked (then the other end is written, if this is stronger).
function BinaryConstraint:choose_method(mark)
  local v1, v2, strength = self.v1, self.v2, self.strength
  if v1.mark == mark then
    if v2.mark ~= mark and stronger(strength, v2.walk_strength) then
      self.direction = FORWARD
    else
      self.direction = NONE
    end
  elseif v2.mark == mark then
    if v1.mark ~= mark and stronger(strength, v1.walk_strength) then
      self.direction = BACKWARD
    else
      self.direction = NONE
    end
  elseif weaker(v1.walk_strength, v2.walk_strength) then
    if stronger(strength, v1.walk_strength) then
      self.direction = BACKWARD
    else
      self.direction = NONE
    end
  else
    if stronger(strength, v2.walk_strength) then
      self.direction = FORWARD
    else
      self.direction = NONE
    end
  end
end

function BinaryConstraint:add_to_graph()
  self.v1:add_constraint(self)
  self.v2:add_constraint(self)
  self.direction = NONE
end

function BinaryConstraint:is_satisfied()
  return self.direction ~= NONE
end

function BinaryConstraint:mark_inputs(mark)
  self:input().mark = mark
end

function BinaryConstraint:input()
  if self.direction == FORWARD then
    return self.v1
  end
  return self.v2
end

function BinaryConstraint:output()
  if self.direction == FORWARD then
    return self.v2
  end
  return self.v1
end

function BinaryConstraint:recalculate()
  local ihn, out = self:input(), self:output()
  out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
  out.stay = ihn.stay
  if out.stay then
    self:execute()
  end
end

function BinaryConstraint:mark_unsatisfied()
  self.direction = NONE
end

function BinaryConstraint:inputs_known(mark)
  local i = self:input()
  return i.mark == mark or i.stay or i.determined_by == nil
end

function BinaryConstraint:remove_from_graph()
  if self.v1 ~= nil then
    self.v1:remove_constraint(self)
  end
  if self.v2 ~= nil then
    self.v2:remove_constraint(self)
  end
  self.direction = NONE
end

-- v2 = v1 * scale + offset, or backwards v1 = (v2 - offset) / scale.
local ScaleConstraint = class(BinaryConstraint)

function ScaleConstraint.new(src, scale, offset, dest, strength)
  local self = setmetatable({ scale = scale, offset = offset }, ScaleConstraint)
  return BinaryConstraint.init(self, src, dest, strength)
end

function ScaleConstraint:add_to_graph()
  BinaryConstraint.add_to_graph(self)
  self.scale:add_constraint(self)
  self.offset:add_constraint(self)
end

function ScaleConstraint:remove_from_graph()
  BinaryConstraint.remove_from_graph(self)
  if self.scale ~= nil then
    self.scale:remove_constraint(self)
  end
  if self.offset ~= nil then
    self.offset:remove_constraint(self)
  end
end

function ScaleConstraint:mark_inputs(mark)
  BinaryConstraint.mark_inputs(self, mark)
  self.scale.mark = mark
  self.offset.mark = mark
end

function ScaleConstraint:execute()
  if self.direction == FORWARD then
    self.v2.value = self.v1.value * self.scale.value + self.offset.value
  else
    self.v1.value = (self.v2.value - self.offset.value) / self.scale.value
  end
end

function ScaleConstraint:recalculate()
  local ihn, out = self:input(), self:output()
  out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
  out.stay = ihn.stay and self.scale.stay and self.offset.stay
  if out.stay then
    self:execute()
  end
end

-- v1 = v2 in whichever direction was chosen.
local EqualityConstraint = class(BinaryConstraint)

function EqualityConstraint.new(v1, v2, strength)
  return BinaryConstraint.init(setmetatable({}, EqualityConstraint), v1, v2, strength)
end

function EqualityConstraint:execute()
  self:output().value = self:input().value
end

-- Plan: constraints in execution order -----------------------------------------------

local Plan = class()

function Plan.new()
  return setmetatable({ list = List.new() }, Plan)
end

function Plan:add_constraint(c)
  self.list:add(c)
end

function Plan:execute()
  local list = self.list
  for i = 1, list.n do
    list[i]:execute()
  end
end

-- Planner -----------------------------------------------------------------------------

local Planner = class()

function Planner.new()
  return setmetatable({ current_mark = 0 }, Planner)
end

function Planner:new_mark()
  self.current_mark = self.current_mark + 1
  return self.current_mark
end

function Planner:incremental_add(c)
  local mark = self:new_mark()
  local overridden = c:satisfy(mark)
  while overridden ~= nil do
    overridden = overridden:satisfy(mark)
  end
end

function Planner:incremental_remove(c)
  local out = c:output()
  c:mark_unsatisfied()
  c:remove_from_graph()
  local unsatisfied = self:remove_propagate_from(out)
  for strength = REQUIRED, WEAKEST - 1 do
    for i = 1, unsatisfied.n do
      local u = unsatisfied[i]
      if u.strength == strength then
        self:incremental_add(u)
      end
    end
  end
end

function Planner:add_constraints_consuming_to(v, queue)
  local determining = v.determined_by
  local cs = v.constraints
  for i = 1, cs.n do
    local c = cs[i]
    if c ~= determining and c:is_satisfied() then
      queue:push(c)
    end
  end
end

function Planner:make_plan(sources)
  local mark = self:new_mark()
  local plan = Plan.new()
  local todo = sources
  while not todo:is_empty() do
    local c = todo:pop()
    local out = c:output()
    if out.mark ~= mark and c:inputs_known(mark) then
      plan:add_constraint(c)
      out.mark = mark
      self:add_constraints_consuming_to(out, todo)
    end
  end
  return plan
end

function Planner:extract_plan_from_constraints(constraints)
  local sources = Queue.new()
  for i = 1, #constraints do
    local c = constraints[i]
    if c:is_input() and c:is_satisfied() then
      sources:push(c)
    end
  end
  return self:make_plan(sources)
end

-- Recomputes the walk strengths downstream of c; false on a cycle.
function Planner:add_propagate(c, mark)
  local todo = Queue.new()
  todo:push(c)
  while not todo:is_empty() do
    local d = todo:pop()
    if d:output().mark == mark then
      self:incremental_remove(c)
      return false
    end
    d:recalculate()
    self:add_constraints_consuming_to(d:output(), todo)
  end
  return true
end

-- Clears everything determined by out; returns the constraints left unsatisfied.
function Planner:remove_propagate_from(out)
  out.determined_by = nil
  out.walk_strength = WEAKEST
  out.stay = true
  local unsatisfied = List.new()
  local todo = Queue.new()
  todo:push(out)
  while not todo:is_empty() do
    local v = todo:pop()
    local cs = v.constraints
    for i = 1, cs.n do
      local c = cs[i]
      if not c:is_satisfied() then
        unsatisfied:add(c)
      end
    end
    local determining = v.determined_by
    for i = 1, cs.n do
      local c = cs[i]
      if c ~= determining and c:is_satisfied() then
        c:recalculate()
        todo:push(c:output())
      end
    end
  end
  return unsatisfied
end

-- Tests -----------------------------------------------------------------------------

-- A chain of n equality constraints; an edit at one end must reach the other.
local function chain_test(n)
  planner = Planner.new()
  local prev, first, last
  for i = 0, n do
    local v = Variable.new("v" .. i, 0)
    if prev ~= nil then
      EqualityConstraint.new(prev, v, REQUIRED)
    end
    if i == 0 then
      first = v
    end
    if i == n then
      last = v
    end
    prev = v
  end
  StayConstraint.new(last, STRONG_DEFAULT)
  local edit = EditConstraint.new(first, PREFERRED)
  local plan = planner:extract_plan_from_constraints({ edit })
  local sum = 0
  for i = 1, 100 do
    first.value = i
    plan:execute()
    if last.value ~= i then
      error("chain test failed: " .. tostring(last.value) .. " ~= " .. i)
    end
    sum = sum + last.value
  end
  return sum
end

local function change(v, value)
  local edit = EditConstraint.new(v, PREFERRED)
  local plan = planner:extract_plan_from_constraints({ edit })
  for _ = 1, 10 do
    v.value = value
    plan:execute()
  end
  edit:destroy_constraint()
end

-- n variables projected through a shared scale and offset, edited both ways.
local function projection_test(n)
  planner = Planner.new()
  local scale = Variable.new("scale", 10)
  local offset = Variable.new("offset", 1000)
  local src, dst
  local dests = {}
  for i = 0, n - 1 do
    src = Variable.new("src" .. i, i)
    dst = Variable.new("dst" .. i, i)
    dests[i + 1] = dst
    StayConstraint.new(src, NORMAL)
    ScaleConstraint.new(src, scale, offset, dst, REQUIRED)
  end
  change(src, 17)
  if dst.value ~= 1170 then
    error("projection 1 failed: " .. tostring(dst.value))
  end
  change(dst, 1050)
  if src.value ~= 5 then
    error("projection 2 failed: " .. tostring(src.value))
  end
  change(scale, 5)
  for i = 0, n - 2 do
    if dests[i + 1].value ~= i * 5 + 1000 then
      error("projection 3 failed at " .. i)
    end
  end
  change(offset, 2000)
  local sum = 0
  for i = 0, n - 2 do
    local value = dests[i + 1].value
    if value ~= i * 5 + 2000 then
      error("projection 4 failed at " .. i)
    end
    sum = sum + value
  end
  return sum
end

local function iteration()
  local sum = 0
  for _ = 1, 30 do
    sum = sum + chain_test(100) + projection_test(100)
  end
  return sum
end

---------------------------------------------------------------------------
-- Harness, the same in every benchmark: N timed iterations, each checked by
-- the benchmark itself; every iteration must give the same checksum.
local function format_checksum(c)
  if type(c) == "number" then
    if c == math.floor(c) and c > -2^53 and c < 2^53 then
      return string.format("%d", c)
    end
    return string.format("%.6f", c)
  end
  return tostring(c)
end

local checksum
for i = 1, N do
  local t0 = os.clock()
  local c = iteration()
  local t1 = os.clock()
  c = format_checksum(c)
  if checksum ~= nil and c ~= checksum then
    error("iteration " .. i .. " gave checksum " .. c .. ", expected " .. checksum)
  end
  checksum = c
  io.write(string.format("iteration %d %.6f\n", i, t1 - t0))
end
io.write("result ", checksum or "none", "\n")

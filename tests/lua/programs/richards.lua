-- Richards-like task scheduler: task control blocks in a linked queue,
-- packets passed between an idle task, a worker, two handlers and two
-- devices; counts queued packets and hold events.
local IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
local KIND_DEVICE, KIND_WORK = 0, 1

local Packet = {}
Packet.__index = Packet
function Packet.new(link, id, kind)
  local p = setmetatable({ link = link, id = id, kind = kind, a1 = 0, a2 = {} }, Packet)
  for i = 1, 4 do p.a2[i] = 0 end
  return p
end
function Packet:append(queue)
  self.link = nil
  if not queue then return self end
  local q = queue
  while q.link do q = q.link end
  q.link = self
  return queue
end

local Scheduler = {}
Scheduler.__index = Scheduler

function Scheduler.new()
  return setmetatable({ tasks = {}, list = nil, current = nil, queued = 0, holds = 0 }, Scheduler)
end

function Scheduler:add(id, priority, queue, fn, data)
  local t = {
    id = id, priority = priority, queue = queue, fn = fn, data = data,
    link = self.list, waiting = queue ~= nil, held = false, suspended = queue ~= nil,
  }
  self.list = t
  self.tasks[id] = t
  return t
end

local function runnable(t)
  return not t.held and (not t.suspended or t.queue ~= nil)
end

function Scheduler:schedule()
  local t = self.list
  local steps = 0
  while t do
    steps = steps + 1
    if runnable(t) then
      local packet = nil
      if t.suspended and t.queue then
        packet = t.queue
        t.queue = packet.link
        t.suspended = false
      end
      self.current = t
      local nxt = t.fn(self, t, packet)
      t = nxt
    else
      t = t.link
    end
  end
  return steps
end

function Scheduler:wait()
  self.current.suspended = true
  return self.current
end

function Scheduler:hold()
  self.holds = self.holds + 1
  self.current.held = true
  return self.current.link
end

function Scheduler:release(id)
  local t = self.tasks[id]
  if not t then return nil end
  t.held = false
  if t.priority > self.current.priority then return t end
  return self.current
end

function Scheduler:queue(packet)
  local t = self.tasks[packet.id]
  if not t then return nil end
  self.queued = self.queued + 1
  packet.link = nil
  packet.id = self.current.id
  if not t.queue then
    t.queue = packet
    t.suspended = false
    if t.priority > self.current.priority then return t end
    return self.current
  end
  t.queue = packet:append(t.queue)
  return self.current
end

local function idle(s, t, _)
  local d = t.data
  d.count = d.count - 1
  if d.count == 0 then return s:hold() end
  local even = d.control % 2 == 0
  d.control = (d.control * 75 + 74) % 65537
  if even then return s:release(DEVICE_A) end
  return s:release(DEVICE_B)
end

local function worker(s, t, packet)
  local d = t.data
  if not packet then return s:wait() end
  d.dest = d.dest == HANDLER_A and HANDLER_B or HANDLER_A
  packet.id = d.dest
  packet.a1 = 0
  for i = 1, 4 do
    d.count = d.count + 1
    if d.count > 26 then d.count = 1 end
    packet.a2[i] = 64 + d.count
  end
  return s:queue(packet)
end

local function handler(s, t, packet)
  local d = t.data
  if packet then
    if packet.kind == KIND_WORK then d.work = packet:append(d.work) else d.device = packet:append(d.device) end
  end
  if d.work then
    local w = d.work
    local count = w.a1 + 1
    if count > 4 then
      d.work = w.link
      return s:queue(w)
    end
    if d.device then
      local dev = d.device
      d.device = dev.link
      dev.a1 = w.a2[count]
      w.a1 = count
      return s:queue(dev)
    end
  end
  return s:wait()
end

local function device(s, t, packet)
  local d = t.data
  if not packet then
    if not d.pending then return s:wait() end
    local v = d.pending
    d.pending = nil
    return s:queue(v)
  end
  d.pending = packet
  return s:hold()
end

local function run(count)
  local s = Scheduler.new()
  s:add(IDLE, 0, nil, idle, { control = 1, count = count })
  local wq = Packet.new(nil, 0, KIND_WORK)
  wq = Packet.new(wq, 0, KIND_WORK)
  s:add(WORKER, 1000, wq, worker, { dest = HANDLER_A, count = 0 })
  local q = Packet.new(nil, DEVICE_A, KIND_DEVICE)
  q = Packet.new(q, DEVICE_A, KIND_DEVICE)
  q = Packet.new(q, DEVICE_A, KIND_DEVICE)
  s:add(HANDLER_A, 2000, q, handler, {})
  q = Packet.new(nil, DEVICE_B, KIND_DEVICE)
  q = Packet.new(q, DEVICE_B, KIND_DEVICE)
  q = Packet.new(q, DEVICE_B, KIND_DEVICE)
  s:add(HANDLER_B, 3000, q, handler, {})
  s:add(DEVICE_A, 4000, nil, device, {})
  s:add(DEVICE_B, 5000, nil, device, {})
  local steps = s:schedule()
  return s.queued, s.holds, steps
end

for _, n in ipairs({ 10, 100, 1000, 5000 }) do print(n, run(n)) end

-- richards: an operating-system task scheduler simulation (the shape of
-- Martin Richards' benchmark): an idle task, a worker, two packet handlers
-- and two devices exchange packets through priority-ordered run queues.
-- Measures: method calls through metatables, field access on small objects,
-- linked lists, polymorphic dispatch on a task's run function.
-- One iteration runs the simulation 35 times with 1000 idle steps each.
local N = tonumber(arg and arg[1]) or 30

local ID_IDLE, ID_WORKER, ID_HANDLER_A, ID_HANDLER_B, ID_DEVICE_A, ID_DEVICE_B =
  1, 2, 3, 4, 5, 6
local KIND_DEVICE, KIND_WORK = 0, 1
local DATA_SIZE = 4

-- Packet ------------------------------------------------------------------

local Packet = {}
Packet.__index = Packet

function Packet.new(link, id, kind)
  local data = {}
  for i = 1, DATA_SIZE do
    data[i] = 0
  end
  return setmetatable({ link = link, id = id, kind = kind, a1 = 0, a2 = data }, Packet)
end

-- Appends this packet at the end of queue and returns the queue's head.
function Packet:append_to(queue)
  self.link = nil
  if queue == nil then
    return self
  end
  local last = queue
  local next = last.link
  while next ~= nil do
    last = next
    next = last.link
  end
  last.link = self
  return queue
end

-- Task control block --------------------------------------------------------

local Tcb = {}
Tcb.__index = Tcb

function Tcb.new(link, id, priority, queue, task)
  local tcb = setmetatable({
    link = link,
    id = id,
    priority = priority,
    queue = queue,
    task = task,
    pending = queue ~= nil, -- a packet waits in the queue
    waiting = true, -- suspended until a packet arrives
    held = false,
  }, Tcb)
  return tcb
end

function Tcb:is_held_or_suspended()
  return self.held or (self.waiting and not self.pending)
end

function Tcb:run(scheduler)
  local packet
  if self.waiting and self.pending and not self.held then
    packet = self.queue
    self.queue = packet.link
    self.waiting = false
    self.pending = self.queue ~= nil
  end
  return self.task:run(scheduler, packet)
end

-- Adds packet to this task's queue; returns the task that runs next.
function Tcb:check_priority_add(current, packet)
  if self.queue == nil then
    self.queue = packet
    self.pending = true
    if self.priority > current.priority then
      return self
    end
  else
    self.queue = packet:append_to(self.queue)
  end
  return current
end

-- Scheduler -------------------------------------------------------------------

local Scheduler = {}
Scheduler.__index = Scheduler

function Scheduler.new()
  return setmetatable({
    queue_count = 0,
    hold_count = 0,
    blocks = {},
    list = nil,
    current = nil,
    current_id = nil,
  }, Scheduler)
end

function Scheduler:add_task(id, priority, queue, task)
  local tcb = Tcb.new(self.list, id, priority, queue, task)
  self.list = tcb
  self.current = tcb
  self.blocks[id] = tcb
end

function Scheduler:add_running_task(id, priority, queue, task)
  self:add_task(id, priority, queue, task)
  local tcb = self.current
  tcb.pending, tcb.waiting, tcb.held = false, false, false
end

function Scheduler:schedule()
  local tcb = self.list
  self.current = tcb
  while tcb ~= nil do
    if tcb:is_held_or_suspended() then
      tcb = tcb.link
    else
      self.current_id = tcb.id
      tcb = tcb:run(self)
    end
    self.current = tcb
  end
end

function Scheduler:release(id)
  local tcb = self.blocks[id]
  if tcb == nil then
    return tcb
  end
  tcb.held = false
  if tcb.priority > self.current.priority then
    return tcb
  end
  return self.current
end

function Scheduler:hold_current()
  self.hold_count = self.hold_count + 1
  local current = self.current
  current.held = true
  return current.link
end

function Scheduler:suspend_current()
  local current = self.current
  current.waiting = true
  return current
end

function Scheduler:queue(packet)
  local tcb = self.blocks[packet.id]
  if tcb == nil then
    return tcb
  end
  self.queue_count = self.queue_count + 1
  packet.link = nil
  packet.id = self.current_id
  return tcb:check_priority_add(self.current, packet)
end

-- Tasks -------------------------------------------------------------------------

-- x ~ 0xD008 on 16-bit values without the bit library: flip bits 3, 12, 14, 15.
local FLIP_BITS = { 8, 4096, 16384, 32768 }

local function flip_d008(x)
  for i = 1, #FLIP_BITS do
    local b = FLIP_BITS[i]
    if math.floor(x / b) % 2 == 1 then
      x = x - b
    else
      x = x + b
    end
  end
  return x
end

local IdleTask = {}
IdleTask.__index = IdleTask

function IdleTask.new(seed, count)
  return setmetatable({ seed = seed, count = count }, IdleTask)
end

function IdleTask:run(scheduler, packet)
  self.count = self.count - 1
  if self.count == 0 then
    return scheduler:hold_current()
  end
  local seed = self.seed
  if seed % 2 == 0 then
    self.seed = seed / 2
    return scheduler:release(ID_DEVICE_A)
  end
  self.seed = flip_d008((seed - 1) / 2)
  return scheduler:release(ID_DEVICE_B)
end

local DeviceTask = {}
DeviceTask.__index = DeviceTask

function DeviceTask.new()
  return setmetatable({ pending = nil }, DeviceTask)
end

function DeviceTask:run(scheduler, packet)
  if packet == nil then
    local pending = self.pending
    if pending == nil then
      return scheduler:suspend_current()
    end
    self.pending = nil
    return scheduler:queue(pending)
  end
  self.pending = packet
  return scheduler:hold_current()
end

local WorkerTask = {}
WorkerTask.__index = WorkerTask

function WorkerTask.new(destination)
  return setmetatable({ destination = destination, count = 0 }, WorkerTask)
end

function WorkerTask:run(scheduler, packet)
  if packet == nil then
    return scheduler:suspend_current()
  end
  if self.destination == ID_HANDLER_A then
    self.destination = ID_HANDLER_B
  else
    self.destination = ID_HANDLER_A
  end
  packet.id = self.destination
  packet.a1 = 0
  local data, count = packet.a2, self.count
  for i = 1, DATA_SIZE do
    count = count + 1
    if count > 26 then
      count = 1
    end
    data[i] = count
  end
  self.count = count
  return scheduler:queue(packet)
end

local HandlerTask = {}
HandlerTask.__index = HandlerTask

function HandlerTask.new()
  return setmetatable({ work = nil, devices = nil }, HandlerTask)
end

function HandlerTask:run(scheduler, packet)
  if packet ~= nil then
    if packet.kind == KIND_WORK then
      self.work = packet:append_to(self.work)
    else
      self.devices = packet:append_to(self.devices)
    end
  end
  local work = self.work
  if work ~= nil then
    local index = work.a1
    if index < DATA_SIZE then
      local device = self.devices
      if device ~= nil then
        self.devices = device.link
        device.a1 = work.a2[index + 1]
        work.a1 = index + 1
        return scheduler:queue(device)
      end
    else
      self.work = work.link
      return scheduler:queue(work)
    end
  end
  return scheduler:suspend_current()
end

-- Benchmark ----------------------------------------------------------------------

local function simulate(count)
  local s = Scheduler.new()
  s:add_running_task(ID_IDLE, 0, nil, IdleTask.new(1, count))

  local queue = Packet.new(nil, ID_WORKER, KIND_WORK)
  queue = Packet.new(queue, ID_WORKER, KIND_WORK)
  s:add_task(ID_WORKER, 1000, queue, WorkerTask.new(ID_HANDLER_A))

  queue = Packet.new(nil, ID_DEVICE_A, KIND_DEVICE)
  queue = Packet.new(queue, ID_DEVICE_A, KIND_DEVICE)
  queue = Packet.new(queue, ID_DEVICE_A, KIND_DEVICE)
  s:add_task(ID_HANDLER_A, 2000, queue, HandlerTask.new())

  queue = Packet.new(nil, ID_DEVICE_B, KIND_DEVICE)
  queue = Packet.new(queue, ID_DEVICE_B, KIND_DEVICE)
  queue = Packet.new(queue, ID_DEVICE_B, KIND_DEVICE)
  s:add_task(ID_HANDLER_B, 3000, queue, HandlerTask.new())

  s:add_task(ID_DEVICE_A, 4000, nil, DeviceTask.new())
  s:add_task(ID_DEVICE_B, 5000, nil, DeviceTask.new())

  s:schedule()
  return s.queue_count, s.hold_count
end

local function iteration()
  local sum = 0
  for _ = 1, 35 do
    local queued, held = simulate(1000)
    if queued ~= 2322 or held ~= 928 then
      error("richards: queue count " .. queued .. ", hold count " .. held)
    end
    sum = sum + queued + held
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

-- The requests of one benchmark scenario, for wrk. The scenario and the dataset's shape come from
-- the Lua table in $BENCH_CONFIG (written by bench/workload.py). Row n of a kind has a fixed id
-- (bench/ids.py), so a request picks its rows from integers.
local cfg = dofile(os.getenv("BENCH_CONFIG"))
local threads = {}
tid = 0 -- set per thread by setup()
local counter = 0
statuses = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + tid * 7919 + cfg.seed)
end

local function uid(kind, n)
  return string.format("%08x-0000-4000-8000-%012x", kind, n)
end

local OPGAVE, PROPOSAL, TASK, ORGANISATION = 4, 5, 8, 3

local function persona_in(m)
  local per = math.floor((cfg.personas - 1 - m) / cfg.municipalities) + 1
  return m + cfg.municipalities * math.random(0, per - 1)
end

local function signed_in(persona, json)
  counter = counter + 1
  local h = {
    ["Cookie"] = string.format("__Host-samenspel=bench-session-%04d-ffffffffffffffffffffffff", persona),
    ["X-CSRF-Token"] = string.format("bench-csrf-%04d", persona),
    ["Origin"] = cfg.origin,
  }
  if json then
    h["Content-Type"] = "application/json"
    h["Idempotency-Key"] = string.format("bench-%d-%d-%d-%d", cfg.seed, tid, counter, math.random(1, 1000000000))
  end
  return h
end

local function visible_proposal()
  local k = math.random(0, cfg.proposals - 1)
  if k % 100 == 99 then k = k - 1 end -- every hundredth is hidden, and cannot be supported
  return k
end

local words = {"buurt", "speeltuin", "groen", "fietspad", "school", "ouderen", "zorg", "werk", "wonen", "energie",
               "tuin", "plein", "samen", "sport", "taal", "markt", "afval", "verkeer", "kinderen", "park"}
local function text(n)
  local t = {}
  for i = 1, n do t[i] = words[math.random(#words)] end
  return table.concat(t, " ")
end

local make = {}

make.list_opgaven = function()
  return "GET", cfg.prefix .. "/opgaven", {}, nil
end

make.get_opgave = function()
  return "GET", cfg.prefix .. "/opgaven/" .. uid(OPGAVE, cfg.published[math.random(#cfg.published)]), {}, nil
end

make.proposals_page_1 = function()
  return "GET", cfg.prefix .. "/opgaven/" .. uid(OPGAVE, 0) .. "/proposals", {}, nil
end

make.proposals_page_500 = function()
  return "GET", cfg.prefix .. "/opgaven/" .. uid(OPGAVE, 0) .. "/proposals?cursor=" .. cfg.cursor_500, {}, nil
end

make.get_proposal = function()
  return "GET", cfg.prefix .. "/proposals/" .. uid(PROPOSAL, visible_proposal()), {}, nil
end

make.submit_proposal = function()
  local j = cfg.open[math.random(#cfg.open)]
  local body = string.format('{"title":"Idee %s","body":"<p>%s</p>"}', text(4), text(30))
  return "POST", cfg.prefix .. "/opgaven/" .. uid(OPGAVE, j) .. "/proposals",
         signed_in(math.random(0, cfg.personas - 1), true), body
end

make.support = function()
  return "PUT", cfg.prefix .. "/proposals/" .. uid(PROPOSAL, visible_proposal()) .. "/support",
         signed_in(math.random(0, cfg.personas - 1), false), nil
end

make.comment = function()
  local body = string.format('{"body":"%s"}', text(20))
  return "POST", cfg.prefix .. "/proposals/" .. uid(PROPOSAL, visible_proposal()) .. "/comments",
         signed_in(math.random(0, cfg.personas - 1), true), body
end

-- Each request claims another (task, organisation) pair, so claims succeed until the pairs run out.
local claimed = 0
make.claim = function()
  local c = cfg.claim_start + claimed * cfg.threads + tid
  claimed = claimed + 1
  local t = math.floor(c / cfg.team) % cfg.tasks
  local q = c % cfg.team
  local j = cfg.open[(t % #cfg.open) + 1]
  local m = j % cfg.municipalities
  local org = m * cfg.organisations_per_municipality + (j + q) % cfg.organisations_per_municipality
  local body = string.format('{"organisationId":"%s","commitment":"%s"}', uid(ORGANISATION, org), text(5))
  return "POST", cfg.prefix .. "/tasks/" .. uid(TASK, t) .. "/claims", signed_in(persona_in(m), true), body
end

-- The mixed profile: cfg.mix is a list of {name, cumulative weight up to 100}.
make.mixed = function()
  local r = math.random() * 100
  for _, entry in ipairs(cfg.mix) do
    if r < entry[2] then return make[entry[1]]() end
  end
  return make[cfg.mix[#cfg.mix][1]]()
end

local scenario = make[cfg.scenario]

request = function()
  local method, path, headers, body = scenario()
  return wrk.format(method, path, headers, body)
end

if cfg.count_statuses then
  response = function(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses") or {}
    for status, n in pairs(s) do counts[status] = (counts[status] or 0) + n end
  end
  local parts = {}
  for status, n in pairs(counts) do table.insert(parts, string.format('"%d":%d', status, n)) end
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"duration_us":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},"statuses":{%s}}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout, table.concat(parts, ",")))
end

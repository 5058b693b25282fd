-- A realistic mix of the front desk's API calls for wrk (src/test/load/load.sh runs it): every wrk thread is one desk
-- with one connection, working through visits as a clerk does: a walk-in served at once (with an Idempotency-Key),
-- a look at the queue, the profile and intake answers, an errand, the level decision (every third one overrides the
-- recommendation with a reason), the closing, the customer's answer at the kiosk, and every tenth visit a supervisor's
-- statistics view. Each response is timed per kind (CLOCK_MONOTONIC through LuaJIT's ffi); done() prints
-- throughput and p50/p95/p99 per kind, also to the file $MIX_OUT.
--
--   MIX_OUT=mix.txt wrk -t50 -c50 -d60s -s mix.lua http://127.0.0.1:8825 -- <clerk token> <supervisor token> \
--       <point ids> <kiosk tokens>
-- point ids and kiosk tokens: comma-separated, one kiosk token per point in the same order.
--
-- THINK_MS (environment, default 0): a desk's pause before each request, in milliseconds, drawn evenly from
-- 0.5 x to 1.5 x THINK_MS (so the desks do not fall into step). 0 is the closed loop: each desk sends its next request
-- the moment the previous answer arrives, the saturation test. With THINK_MS=1000 a desk sends about one request a
-- second and finishes a visit (7-8 requests) every 8 s or so: N desks offer about N requests a second. The pause is
-- wrk's delay() hook and is not part of any latency: a request is timed from the moment it is sent.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } timespec;
  int clock_gettime(int clk_id, timespec *tp);
]]
local ts = ffi.new("timespec")
local function now_us()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end

local think_ms = tonumber(os.getenv("THINK_MS") or "0") or 0

if think_ms > 0 then
  -- defined only when pacing: wrk takes the closed-loop path when the script has no delay()
  function delay()
    return math.floor(think_ms * (0.5 + math.random()))
  end
end

local threads = {}
local counter = 0

function samples_file(id)
  return (os.getenv("MIX_OUT") or "/tmp/mix") .. ".samples." .. id
end

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local function split(s)
  local out = {}
  for part in string.gmatch(s, "[^,]+") do table.insert(out, part) end
  return out
end

local TASKS = { "RENTAL_APARTMENT", "KELA_HOUSING_ALLOWANCE", "TAX_CARD", "DVV_CHANGE_OF_ADDRESS",
                "TE_JOBSEEKER_REGISTRATION", "POLICE_PASSPORT", "KELA_MEDICAL_REIMBURSEMENT" }
local PROFILES = { "SELF_DIRECTED", "MULTI_UNSKILLED", "CONTACT_SEEKING" }
local LEVELS = { "SELF_SERVICE", "GUIDED", "FULL_ASSISTANCE" }

function init(args)
  clerk = "Bearer " .. args[1]
  supervisor = "Bearer " .. args[2]
  local points = split(args[3])
  local kiosks = split(args[4])
  local i = (tid - 1) % #points + 1
  point = points[i]
  kiosk = "Kiosk " .. kiosks[i]
  run = tostring(os.time())
  math.randomseed(os.time() + tid * 7919)
  step = "walkin"
  cycle = 0
  -- one line per response ("kind microseconds ok"), line-buffered, read by done(): wrk cannot copy tables out of a
  -- thread (thread:get of a table crashes wrk 4.1)
  samples = io.open(samples_file(tid), "w")
  samples:setvbuf("line")
end

local function json_headers(auth, extra)
  local h = { ["Authorization"] = auth, ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
  if extra then for k, v in pairs(extra) do h[k] = v end end
  return h
end

function request()
  started = now_us()
  kind = step
  if step == "walkin" then
    cycle = cycle + 1
    key = run .. "-" .. tid .. "-" .. cycle
    return wrk.format("POST", "/api/visits", json_headers(clerk, { ["Idempotency-Key"] = key }),
      '{"servicePointId": ' .. point .. ', "serveNow": true}')
  elseif step == "queue" then
    return wrk.format("GET", "/api/visits?point=" .. point .. "&status=WAITING,IN_SERVICE", json_headers(clerk))
  elseif step == "profile" then
    local body = '{"profile": "' .. PROFILES[math.random(#PROFILES)] .. '", "language": "fi", "strongEid": '
      .. (math.random(2) == 1 and "true" or "false") .. ', "firstVisit": false}'
    return wrk.format("PATCH", "/api/visits/" .. visit, json_headers(clerk, { ["If-Match"] = etag,
      ["Content-Type"] = "application/merge-patch+json" }), body)
  elseif step == "task" then
    return wrk.format("POST", "/api/visits/" .. visit .. "/tasks", json_headers(clerk, { ["If-Match"] = etag }),
      '{"taskCode": "' .. TASKS[math.random(#TASKS)] .. '"}')
  elseif step == "decision" then
    local body
    if cycle % 3 == 0 then
      local other = recommended
      while other == recommended do other = LEVELS[math.random(#LEVELS)] end
      body = '{"appliedLevel": "' .. other .. '", "overrideReason": "CUSTOMER_WISH", "ticked": ["outcome"]}'
    else
      body = '{"appliedLevel": "' .. recommended .. '", "ticked": ["outcome"]}'
    end
    return wrk.format("PATCH", "/api/visits/" .. visit .. "/tasks/" .. task,
      json_headers(clerk, { ["If-Match"] = etag }), body)
  elseif step == "close" then
    return wrk.format("POST", "/api/visits/" .. visit .. "/close", json_headers(clerk, { ["If-Match"] = etag,
      ["Idempotency-Key"] = key .. "-close" }),
      '{"outcomes": [{"taskId": ' .. task .. ', "outcome": "DONE", "didItThemselves": ' .. (cycle % 2 == 0 and "true" or "false") .. '}]}')
  elseif step == "feedback" then
    return wrk.format("POST", "/api/feedback", json_headers(kiosk, { ["Idempotency-Key"] = key .. "-feedback" }),
      '{"visitId": ' .. visit .. ', "ces": ' .. math.random(5) .. ', "nps": ' .. math.random(0, 10) .. '}')
  else -- statistics
    return wrk.format("GET", "/api/statistics/overview?points=" .. point, json_headers(supervisor))
  end
end

local EXPECTED = { walkin = 201, queue = 200, profile = 200, task = 201, decision = 200, close = 200, feedback = 201,
                   statistics = 200 }

local function record(status)
  samples:write(kind, " ", string.format("%.0f", now_us() - started), " ", status, "\n")
end

function response(status, headers, body)
  local ok = status == EXPECTED[kind]
  record(status)
  if not ok then
    step = "walkin" -- start over with a new visit
    return
  end
  if kind == "walkin" then
    visit = string.match(body, '"id":(%d+)')
    etag = headers["ETag"]
    step = "queue"
  elseif kind == "queue" then
    step = "profile"
  elseif kind == "profile" then
    etag = headers["ETag"]
    step = "task"
  elseif kind == "task" then
    task = string.match(body, '"id":(%d+)')
    recommended = string.match(body, '"recommendedLevel":"([A-Z_]+)"')
    etag = headers["ETag"]
    step = "decision"
  elseif kind == "decision" then
    etag = headers["ETag"]
    step = "close"
  elseif kind == "close" then
    step = "feedback"
  elseif kind == "feedback" then
    step = ((cycle + tid) % 10 == 0) and "statistics" or "walkin"
  else
    step = "walkin"
  end
end

local function percentile(sorted, p)
  if #sorted == 0 then return 0 end
  local i = math.max(1, math.ceil(p / 100 * #sorted))
  return sorted[i]
end

function done(summary, latency, requests)
  local all, errs, total, statuses = {}, {}, {}, {}
  for id = 1, #threads do
    local f = io.open(samples_file(id), "r")
    if f then
      for line in f:lines() do
        local k, us, status = string.match(line, "(%a+) (%d+) (%d+)")
        if k then
          all[k] = all[k] or {}
          table.insert(all[k], tonumber(us))
          total[k] = (total[k] or 0) + 1
          if tonumber(status) ~= EXPECTED[k] then
            errs[k] = (errs[k] or 0) + 1
            local s = k .. " " .. status
            statuses[s] = (statuses[s] or 0) + 1
          end
        end
      end
      f:close()
      os.remove(samples_file(id))
    end
  end
  local seconds = summary.duration / 1000000
  local out = io.open(os.getenv("MIX_OUT") or "/dev/null", "w")
  local lines = {}
  table.insert(lines, string.format("%-11s %8s %8s %7s %8s %8s %8s", "kind", "requests", "req/s", "errors",
    "p50 ms", "p95 ms", "p99 ms"))
  local order = { "walkin", "queue", "profile", "task", "decision", "close", "feedback", "statistics" }
  for _, k in ipairs(order) do
    local v = all[k] or {}
    table.sort(v)
    table.insert(lines, string.format("%-11s %8d %8.1f %7d %8.1f %8.1f %8.1f", k, total[k] or 0,
      (total[k] or 0) / seconds, errs[k] or 0, percentile(v, 50) / 1000, percentile(v, 95) / 1000,
      percentile(v, 99) / 1000))
  end
  table.insert(lines, string.format("think time: %s", think_ms > 0
    and string.format("%d-%d ms before each request (THINK_MS=%d)", math.floor(think_ms / 2), math.floor(think_ms * 1.5), think_ms)
    or "none (closed loop)"))
  table.insert(lines, string.format("all: %d requests in %.1f s = %.1f req/s; socket errors: connect %d, read %d, "
    .. "write %d, timeout %d; non-2xx/3xx: %d", summary.requests, seconds, summary.requests / seconds,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
  local wrong = {}
  for s, n in pairs(statuses) do table.insert(wrong, s .. " x" .. n) end
  table.sort(wrong)
  table.insert(lines, "unexpected answers (kind status xcount): " .. (#wrong == 0 and "none" or table.concat(wrong, ", ")))
  for _, line in ipairs(lines) do
    print(line)
    if out then out:write(line .. "\n") end
  end
  if out then out:close() end
end

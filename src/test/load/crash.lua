-- Visit creations through the API, each with its own Idempotency-Key and retried with that key until it is
-- acknowledged (201), for the crash run (src/test/load/crash.sh kills the JVM with SIGKILL meanwhile). Every wrk
-- thread has one connection and creates its share of the visits, then stops. A request that gets no answer (the JVM
-- died, a timeout) or an error answer is sent again with the same key. Each acknowledgement is appended to
-- $CRASH_OUT/acks-<thread>.txt as "<key> <visit id>", for the check against the database afterwards.
--
--   CRASH_OUT=dir wrk -t50 -c50 -d1200s --timeout 10s -s crash.lua http://127.0.0.1:8825 -- <token> <point ids> <per thread>

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

function init(args)
  token = "Bearer " .. args[1]
  points = {}
  for p in string.gmatch(args[2], "[^,]+") do table.insert(points, p) end
  wanted = tonumber(args[3])
  run = os.getenv("CRASH_RUN") or tostring(os.time())
  out = io.open((os.getenv("CRASH_OUT") or ".") .. "/acks-" .. tid .. ".txt", "a")
  acked = 0
  sent = 0
  retries = 0
  failed_answers = 0
  pending = nil
  backoff = 0
end

function delay()
  return backoff
end

function request()
  if pending then
    retries = retries + 1 -- the last attempt got no answer or an error: the same key again
  else
    pending = string.format("crash-%s-%d-%d", run, tid, acked + 1)
  end
  sent = sent + 1
  local point = points[(tid + acked) % #points + 1]
  return wrk.format("POST", "/api/visits", { ["Authorization"] = token, ["Content-Type"] = "application/json",
    ["Accept"] = "application/json", ["Idempotency-Key"] = pending }, '{"servicePointId": ' .. point .. '}')
end

function response(status, headers, body)
  if status == 201 then
    local id = string.match(body, '"id":(%d+)')
    out:write(pending .. " " .. id .. "\n")
    out:flush()
    acked = acked + 1
    pending = nil
    backoff = 0
    if acked >= wanted then
      wrk.thread:stop()
    end
  else
    failed_answers = failed_answers + 1
    backoff = 200
  end
end

function done(summary, latency, requests)
  local acks, tries, again, failed = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    acks = acks + t:get("acked")
    tries = tries + t:get("sent")
    again = again + t:get("retries")
    failed = failed + t:get("failed_answers")
  end
  print(string.format("acknowledged %d visits with %d requests (%d retries; %d error answers); socket errors: "
    .. "connect %d, read %d, write %d, timeout %d", acks, tries, again, failed, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout))
end

-- The transitions load of the benchmark for wrk (scripts/bench/transitions-load.ts
-- runs it with one thread): each request takes an application no other
-- connection holds and moves it along a move the graph always allows (rejected
-- from its stage, then reinstated to it with a reason, and so on), with
-- If-Match set to the ETag of the last answer for that application and a
-- fresh Idempotency-Key. The answer names its application (a moved one's body
-- starts with its id, a problem's instance holds it), which is then free
-- again. done() prints one JSON line with the figures.
--
--   wrk -t1 -c16 -d5s -s scripts/bench/transitions.lua <url> -- <applications file> <token>
-- where each line of the file is "<id> <version> <home stage>".

local free = {}
local byId = {}
local token
local sent = 0
statuses = {}
moved = 0

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  token = args[2]
  for line in io.lines(args[1]) do
    local id, version, home = line:match("^(%S+) (%d+) (%S+)$")
    local application = { id = id, etag = '"' .. version .. '"', home = home, rejected = false }
    byId[id] = application
    free[#free + 1] = application
  end
  math.randomseed(os.time())
end

function request()
  local application = table.remove(free)
  sent = sent + 1
  local body
  if application.rejected then
    body = '{"to":"' .. application.home .. '","reason":"Reinstated by the benchmark."}'
  else
    body = '{"to":"rejected","reasonCategory":"not_selected_by_agency"}'
  end
  return wrk.format("POST", "/v1/applications/" .. application.id .. "/transitions", {
    ["authorization"] = "Bearer " .. token,
    ["content-type"] = "application/json",
    ["if-match"] = application.etag,
    ["idempotency-key"] = string.format("bench-%08x-%08x-%d", math.random(0, 0x7fffffff), math.random(0, 0x7fffffff), sent),
  }, body)
end

function response(status, headers, body)
  statuses[tostring(status)] = (statuses[tostring(status)] or 0) + 1
  local id = body:match('^{"id":"([%x-]+)"') or body:match('"instance":"/v1/applications/([%x-]+)/transitions"')
  local application = id and byId[id]
  if not application then
    return
  end
  local etag = headers["etag"] or headers["ETag"]
  if status == 200 and etag then
    application.etag = etag
    application.rejected = not application.rejected
    moved = moved + 1
  end
  free[#free + 1] = application
end

function done(summary, latency, requests)
  local counts, total = {}, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("moved")
    for status, n in pairs(thread:get("statuses")) do
      counts[status] = (counts[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(counts) do
    parts[#parts + 1] = string.format('"%s":%d', status, n)
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    '{"rps":%.2f,"p50":%.3f,"p99":%.3f,"requests":%d,"non2xx":%d,"errors":%d,"moved":%d,"statuses":{%s}}\n',
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    summary.requests,
    summary.errors.status,
    errors,
    total,
    table.concat(parts, ",")
  ))
end

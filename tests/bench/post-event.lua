-- wrk script: POST the seed's sale event (Events API document, "Event with Custom Fields" shape)
-- and count answers by status, so the benchmark can compare the 200s with what is on disk.
-- usage: wrk -s post-event.lua URL   (environment: PINGPANDA_API_KEY)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("PINGPANDA_API_KEY") or "")
wrk.body = '{"category":"sale","description":"New sale completed!",'
  .. '"fields":{"amount":49.99,"plan":"PRO","email":"buyer@example.com"}}'

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, other = 0, 0
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local total_ok, total_other = 0, 0
  for _, t in ipairs(threads) do
    total_ok = total_ok + t:get("ok")
    total_other = total_other + t:get("other")
  end
  -- One machine-readable line for tests/bench/run.sh; wrk's own report comes before it.
  io.write(string.format("WRK ok=%d other=%d seconds=%.3f p50_us=%d p99_us=%d max_us=%d errors=%d\n",
    total_ok, total_other, summary.duration / 1e6, latency:percentile(50), latency:percentile(99),
    latency.max, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout))
end

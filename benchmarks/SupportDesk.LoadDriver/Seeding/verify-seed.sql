-- Checks a database filled by BulkSeeder (issue 6 benchmarks; not part of the product). Run right after seeding:
--   mysql -h127.0.0.1 -u… -p… <database> < benchmarks/SupportDesk.LoadDriver/Seeding/verify-seed.sql
-- It prints the row counts, then one line per rule with the number of rows breaking it: every count must be 0.
-- About three minutes on the 1,000,000-ticket history (several of the checks read every ticket).

SELECT 'customers' AS what, COUNT(*) AS n FROM Customers
UNION ALL SELECT 'customers without an account', COUNT(*) FROM Customers WHERE UserId IS NULL
UNION ALL SELECT 'orders', COUNT(*) FROM Orders
UNION ALL SELECT 'bulk orders', COUNT(*) FROM Orders WHERE Number LIKE 'BULK-%'
UNION ALL SELECT 'order lines', COUNT(*) FROM OrderLines
UNION ALL SELECT 'agents', COUNT(*) FROM Agents
UNION ALL SELECT 'removed agents', COUNT(*) FROM Agents WHERE RemovedAt IS NOT NULL
UNION ALL SELECT 'tickets', COUNT(*) FROM Tickets
UNION ALL SELECT 'ticket events', COUNT(*) FROM TicketEvents;

SELECT Status, Outcome, COUNT(*) AS tickets FROM Tickets GROUP BY Status, Outcome;

-- DESIGN rule 2: a line's claimed quantity is what its tickets claim, rejected ones excepted.
SELECT 'claimed quantity differs from the non-rejected tickets' AS broken_rule, COUNT(*) AS n
FROM OrderLines l
LEFT JOIN (SELECT OrderLineId, SUM(CASE WHEN Outcome = 'Rejected' THEN 0 ELSE Quantity END) AS q
           FROM Tickets GROUP BY OrderLineId) s ON s.OrderLineId = l.Id
WHERE l.ClaimedQuantity <> COALESCE(s.q, 0)
-- Each ticket fitted when it was opened (rejected ones were claimed until rejected). Only true of a fresh history:
-- later tickets may reuse the items a rejection gave back.
UNION ALL SELECT 'line too small for the tickets placed on it', COUNT(*)
FROM OrderLines l JOIN (SELECT OrderLineId, SUM(Quantity) AS q FROM Tickets GROUP BY OrderLineId) s ON s.OrderLineId = l.Id
WHERE l.Quantity < s.q
-- The check constraints (MariaDB enforces them on insert; counted again for MySQL versions that do not).
UNION ALL SELECT 'CK_OrderLines_ClaimedQuantity / CK_OrderLines_Quantity', COUNT(*) FROM OrderLines
WHERE NOT (ClaimedQuantity >= 0 AND ClaimedQuantity <= Quantity AND Quantity >= 1)
UNION ALL SELECT 'CK_Tickets_Holder / CK_Tickets_Quantity', COUNT(*) FROM Tickets
WHERE NOT (((Status = 'InProgress' AND HolderAgentId IS NOT NULL) OR (Status <> 'InProgress' AND HolderAgentId IS NULL))
           AND Quantity >= 1)
-- The unique indexes (the seeder loads with unique_checks = 0).
UNION ALL SELECT 'IX_Tickets_Number', COUNT(*) FROM (SELECT Number FROM Tickets GROUP BY Number HAVING COUNT(*) > 1) d
UNION ALL SELECT 'IX_Tickets_HolderAgentId', COUNT(*)
FROM (SELECT HolderAgentId FROM Tickets WHERE HolderAgentId IS NOT NULL GROUP BY HolderAgentId HAVING COUNT(*) > 1) d
UNION ALL SELECT 'IX_Orders_Number', COUNT(*) FROM (SELECT Number FROM Orders GROUP BY Number HAVING COUNT(*) > 1) d
UNION ALL SELECT 'IX_OrderLines_OrderId_Sku', COUNT(*)
FROM (SELECT OrderId, Sku FROM OrderLines GROUP BY OrderId, Sku HAVING COUNT(*) > 1) d
UNION ALL SELECT 'IX_Customers_Email', COUNT(*) FROM (SELECT Email FROM Customers GROUP BY Email HAVING COUNT(*) > 1) d
UNION ALL SELECT 'IX_Customers_UserId', COUNT(*)
FROM (SELECT UserId FROM Customers WHERE UserId IS NOT NULL GROUP BY UserId HAVING COUNT(*) > 1) d
UNION ALL SELECT 'IX_Agents_Email', COUNT(*) FROM (SELECT Email FROM Agents GROUP BY Email HAVING COUNT(*) > 1) d
UNION ALL SELECT 'IX_Agents_UserId', COUNT(*) FROM (SELECT UserId FROM Agents GROUP BY UserId HAVING COUNT(*) > 1) d
UNION ALL SELECT 'ticket event ids', COUNT(*) - COUNT(DISTINCT Id) FROM TicketEvents
-- The foreign keys (loaded with foreign_key_checks = 0), and rule 2's ownership: the line is of the ticket's
-- order, the order of the ticket's customer.
UNION ALL SELECT 'order without its customer', COUNT(*)
FROM Orders o LEFT JOIN Customers c ON c.Id = o.CustomerId WHERE c.Id IS NULL
UNION ALL SELECT 'line without its order', COUNT(*)
FROM OrderLines l LEFT JOIN Orders o ON o.Id = l.OrderId WHERE o.Id IS NULL
UNION ALL SELECT 'ticket with a missing or mismatched customer, order, line or agent', COUNT(*)
FROM Tickets t
LEFT JOIN Customers c ON c.Id = t.CustomerId
LEFT JOIN Orders o ON o.Id = t.OrderId
LEFT JOIN OrderLines l ON l.Id = t.OrderLineId
LEFT JOIN Agents a ON a.Id = t.AssignedAgentId
WHERE c.Id IS NULL OR o.Id IS NULL OR l.Id IS NULL OR (t.AssignedAgentId IS NOT NULL AND a.Id IS NULL)
   OR l.OrderId <> t.OrderId OR o.CustomerId <> t.CustomerId
UNION ALL SELECT 'event without its ticket', COUNT(*)
FROM TicketEvents e LEFT JOIN Tickets t ON t.Id = e.TicketId WHERE t.Id IS NULL
-- The history itself: resolved, in order, in the past, after the order was imported.
UNION ALL SELECT 'bulk ticket not a sound resolved ticket', COUNT(*)
FROM Tickets t JOIN Orders o ON o.Id = t.OrderId AND o.Number LIKE 'BULK-%'
WHERE t.Status <> 'Resolved' OR t.Outcome IS NULL OR t.ResolutionNote IS NULL OR t.AssignedAgentId IS NULL
   OR t.Version <> 2 OR CAST(t.Number AS BINARY) NOT REGEXP '^T-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'
   OR NOT (t.CreatedAt < t.AssignedAt AND t.AssignedAt < t.ResolvedAt AND t.ResolvedAt < UTC_TIMESTAMP(6))
   OR t.CreatedAt > UTC_TIMESTAMP(6) - INTERVAL 1 HOUR OR o.ImportedAt >= t.CreatedAt OR o.PlacedAt > o.ImportedAt
UNION ALL SELECT 'bulk ticket without exactly Opened, Assigned and Resolved', COUNT(*)
FROM Tickets t JOIN Orders o ON o.Id = t.OrderId AND o.Number LIKE 'BULK-%'
LEFT JOIN (SELECT TicketId, COUNT(*) AS n, SUM(Type = 'Opened') AS opened, SUM(Type = 'Assigned') AS assigned,
                  SUM(Type = 'Resolved') AS resolved
           FROM TicketEvents GROUP BY TicketId) e ON e.TicketId = t.Id
WHERE e.n IS NULL OR e.n <> 3 OR e.opened <> 1 OR e.assigned <> 1 OR e.resolved <> 1
UNION ALL SELECT 'bulk event not at its ticket''s time', COUNT(*)
FROM TicketEvents e JOIN Tickets t ON t.Id = e.TicketId JOIN Orders o ON o.Id = t.OrderId AND o.Number LIKE 'BULK-%'
WHERE (e.Type = 'Opened' AND e.At <> t.CreatedAt) OR (e.Type = 'Assigned' AND e.At <> t.AssignedAt)
   OR (e.Type = 'Resolved' AND e.At <> t.ResolvedAt)
-- DESIGN rule 3 over time: an agent's tickets never overlap.
UNION ALL SELECT 'agent holding two tickets at once', COUNT(*)
FROM (SELECT AssignedAt, LAG(ResolvedAt) OVER (PARTITION BY AssignedAgentId ORDER BY AssignedAt) AS previous
      FROM Tickets WHERE AssignedAgentId IS NOT NULL) x
WHERE previous > AssignedAt
UNION ALL SELECT 'bulk agent not removed, away and free', COUNT(*) FROM Agents
WHERE Email LIKE '%@bulk-history.example'
  AND (RemovedAt IS NULL OR CurrentTicketId IS NOT NULL OR Availability <> 'Away' OR RemovedAt < AvailableSince
       OR RemovedAt > UTC_TIMESTAMP(6))
-- Versions as the product's updates leave them.
UNION ALL SELECT 'bulk agent version not 2 per ticket + 1', COUNT(*)
FROM Agents a JOIN (SELECT AssignedAgentId, COUNT(*) AS n FROM Tickets GROUP BY AssignedAgentId) s ON s.AssignedAgentId = a.Id
WHERE a.Email LIKE '%@bulk-history.example' AND a.Version <> 2 * s.n + 1
UNION ALL SELECT 'bulk line version not tickets + rejections', COUNT(*)
FROM OrderLines l JOIN Orders o ON o.Id = l.OrderId AND o.Number LIKE 'BULK-%'
LEFT JOIN (SELECT OrderLineId, COUNT(*) AS n, SUM(Outcome = 'Rejected') AS r FROM Tickets GROUP BY OrderLineId) s
  ON s.OrderLineId = l.Id
WHERE l.Version <> COALESCE(s.n + s.r, 0);

SELECT MIN(CreatedAt) AS first_created, MAX(CreatedAt) AS last_created, MAX(ResolvedAt) AS last_resolved,
       UTC_TIMESTAMP(6) AS now, AVG(TIMESTAMPDIFF(SECOND, CreatedAt, AssignedAt)) AS avg_wait_s,
       AVG(TIMESTAMPDIFF(SECOND, AssignedAt, ResolvedAt)) / 60 AS avg_handling_min
FROM Tickets;

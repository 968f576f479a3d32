global using NUnit.Framework;
global using SupportDesk.Domain.Agents;
global using SupportDesk.Domain.Tickets;

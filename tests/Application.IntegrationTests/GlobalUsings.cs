global using Microsoft.EntityFrameworkCore;
global using NUnit.Framework;
global using SupportDesk.Domain.Tickets;

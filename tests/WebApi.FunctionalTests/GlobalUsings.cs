global using System.Net;
global using NUnit.Framework;
global using SupportDesk.WebApi.FunctionalTests.Support;
